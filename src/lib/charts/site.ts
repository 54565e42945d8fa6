/**
 * The site's charts: generated dataset + chart texts → specs per language, with their SVGs as the
 * chart-svgs.json loader drew them (scripts/chart-svgs.json.ts), so a build runs no Plot, linkedom
 * or svgo; `npm run dev` draws them as a page asks (render.ts, loaded only then), so an edit to a
 * chart's code shows at once. A build test checks the loader's drawings against render.ts.
 */
import dataset from '../../generated/dataset.json' with { type: 'json' };
import texts from '../../generated/charts.json' with { type: 'json' };
import drawings from '../../generated/chart-svgs.json' with { type: 'json' };
import type { Lang } from '../i18n.ts';
import { buildCharts, type DatasetLike } from './index.ts';
import type { ChartDrawings } from './render.ts';
import { chartNames, commonIn, type ChartName, type ChartTexts } from './text.ts';
import { toCsv } from '../csv.ts';
import { pageLayout, type ChartSpec, type ShownLayout } from './common.ts';

// Checked by scripts/charts.json.ts (src/data/charts.json → src/generated/charts.json).
const chartTexts = texts as ChartTexts;
/** Per chart: its spec, the self-contained SVG (the download: the wide layout, or the only one) and the one drawing the page inlines. */
export interface SiteChart { spec: ChartSpec; svg: string; page: { shown: ShownLayout; svg: string } }
const cache = new Map<Lang, Promise<Record<ChartName, SiteChart>>>();

async function built(lang: Lang): Promise<Record<ChartName, SiteChart>> {
  const specs = buildCharts(dataset as unknown as DatasetLike, chartTexts, lang);
  const drawn = drawings as ChartDrawings;
  const draw = import.meta.env?.DEV ? (await import('./render.ts')).drawChart : undefined;
  return Object.fromEntries(chartNames.map((n) => {
    const { svg, page } = draw ? draw(specs[n]) : drawn[lang][n];
    return [n, { spec: specs[n], svg, page: { shown: pageLayout(specs[n]), svg: page } }];
  })) as Record<ChartName, SiteChart>;
}

/** Every chart of one language (made once per language and build). */
export function siteCharts(lang: Lang): Promise<Record<ChartName, SiteChart>> {
  let charts = cache.get(lang);
  if (!charts) cache.set(lang, (charts = built(lang)));
  return charts;
}

const common = { id: commonIn(chartTexts, 'id'), en: commonIn(chartTexts, 'en') };
const terms = Object.fromEntries([...dataset.framework.levels, ...dataset.framework.ties].map((t) => [t.id, t.label]));

/** A table cell in the reader's language: codes (micro, bonding, stated, …) become their labels; the CSV keeps the codes. */
export function displayValue(lang: Lang, column: string, value: string): string {
  if (['level', 'tie', 'from', 'to'].includes(column)) return value.split(' ').map((v) => (v === 'none' ? common[lang].none : terms[v]?.[lang] ?? v)).join(', ');
  if (['valence', 'basis', 'kind'].includes(column)) return common[lang][`${column}.${value}`] ?? value;
  return value;
}

/** The SVG download's text (/data/charts/<name>.<lang>.svg): the chart with an XML declaration. */
export function chartSvgFile(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** A chart's data as CSV (the table's columns plus the mark key) and JSON. */
export function chartCsv(spec: ChartSpec): string {
  return toCsv(['key', ...spec.columns.map((c) => c.key)], spec.rows);
}
export function chartJson(spec: ChartSpec): string {
  return `${JSON.stringify({ chart: spec.name, title: spec.title, sources: spec.sources, columns: spec.columns, rows: spec.rows }, null, 2)}\n`;
}
export { chartNames, dataset };
