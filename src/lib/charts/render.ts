/** The one renderer: a chart spec's Plot options for one layout, drawn at build time into an SVG string with linkedom. */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { postprocessSvg } from './postprocess.ts';
import { compactSvg } from './compact.ts';
import { pageLayout, type ChartSpec, type ShownLayout } from './common.ts';
import type { ChartName } from './text.ts';
import type { Lang } from '../i18n.ts';

/** The self-contained SVG (the download and the PNG's source): every mark names its finding, sources and basis itself. */
export function renderChart(spec: ChartSpec, layout: ShownLayout = spec.narrow ? 'wide' : 'single'): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = layout === 'narrow' ? spec.narrow : spec.plot;
  if (!options) throw new Error(`chart ${spec.name}: no ${layout} layout`);
  if ((layout === 'single') !== !spec.narrow) throw new Error(`chart ${spec.name}: it has ${spec.narrow ? 'two layouts' : 'one layout'}, not a ${layout} one`);
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  svg.setAttribute('data-chart', spec.name);
  svg.setAttribute('data-layout', layout);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The two layouts share a page: their generated ids must differ.
  return postprocessSvg(svg.outerHTML, layout === 'narrow' ? `${spec.name}-${layout}` : spec.name);
}

/** The SVG as a figure inlines it: marks and description point at the figure's table and text (compact.ts). */
export function renderPageChart(spec: ChartSpec, layout: ShownLayout = spec.narrow ? 'wide' : 'single'): string {
  return compactSvg(renderChart(spec, layout), spec);
}

/** A chart's two drawings: the download (the wide layout, or the only one) and the one its page inlines. */
export interface DrawnChart { svg: string; page: string }
/** Every chart drawn, per language (scripts/chart-svgs.json.ts writes them to src/generated/chart-svgs.json). */
export type ChartDrawings = Record<Lang, Record<ChartName, DrawnChart>>;

export function drawChart(spec: ChartSpec): DrawnChart {
  const download = spec.narrow ? 'wide' : 'single';
  const svg = renderChart(spec, download);
  const shown = pageLayout(spec);
  // A chart with one layout shows the download's drawing, compacted: Plot draws it once.
  return { svg, page: shown === download ? compactSvg(svg, spec) : renderPageChart(spec, shown) };
}
