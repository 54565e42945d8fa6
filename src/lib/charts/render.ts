/** The one renderer: a chart spec's Plot options for one layout, drawn at build time into an SVG string with linkedom. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { postprocessSvg } from './postprocess.ts';
import type { ChartSpec, Layout } from './common.ts';

export function renderChart(spec: ChartSpec, layout: Layout = 'wide'): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = layout === 'wide' ? spec.plot : spec.narrow;
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  svg.setAttribute('data-chart', spec.name);
  svg.setAttribute('data-layout', layout);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The two layouts share a page: their generated ids must differ.
  return postprocessSvg(svg.outerHTML, layout === 'wide' ? spec.name : `${spec.name}-${layout}`);
}
