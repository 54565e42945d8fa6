/** The site's charts: generated dataset + chart texts → specs and SVGs per language, built once per build. */
import dataset from '../../generated/dataset.json' with { type: 'json' };
import texts from '../../generated/charts.json' with { type: 'json' };
import type { Lang } from '../i18n.ts';
import { buildCharts, type DatasetLike } from './index.ts';
import { renderChart, renderPageChart } from './render.ts';
import { chartNames, commonIn, type ChartName, type ChartTexts } from './text.ts';
import { toCsv } from '../csv.ts';
import { pageLayout, type ChartSpec, type ShownLayout } from './common.ts';

// Checked by scripts/charts.json.ts (src/data/charts.json → src/generated/charts.json).
const chartTexts = texts as ChartTexts;
/** Per chart: its spec, the self-contained SVG (the download: the wide layout, or the only one) and the one drawing the page inlines. */
export interface SiteChart { spec: ChartSpec; svg: string; page: { shown: ShownLayout; svg: string } }
const cache = new Map<Lang, Record<ChartName, SiteChart>>();

export function siteCharts(lang: Lang) {
  let built = cache.get(lang);
  if (!built) {
    const specs = buildCharts(dataset as unknown as DatasetLike, chartTexts, lang);
    built = Object.fromEntries(chartNames.map((n) => [n, { spec: specs[n], svg: renderChart(specs[n]), page: { shown: pageLayout(specs[n]), svg: renderPageChart(specs[n], pageLayout(specs[n])) } }])) as Record<ChartName, SiteChart>;
    cache.set(lang, built);
  }
  return built;
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
