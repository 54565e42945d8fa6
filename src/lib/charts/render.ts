/** The one renderer: a chart spec's Plot options, drawn at build time into an SVG string with linkedom. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { postprocessSvg } from './postprocess.ts';
import type { ChartSpec } from './common.ts';

export function renderChart(spec: ChartSpec): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...spec.plot, document } as Plot.PlotOptions) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  svg.setAttribute('data-chart', spec.name);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return postprocessSvg(svg.outerHTML, spec.name);
}
