/**
 * Each chart's downloads, per language: /data/charts/<name>.<lang>.csv, .json, .svg and .png
 * (deterministic bytes), one route file per format (src/pages/data/charts/[chart].<ext>.ts) so
 * that each route's address ends in its extension and the dev server serves it as a file, without
 * the trailing slash the site's pages take. A build writes the PNGs itself
 * (src/integrations/og-images.ts, drawn in a thread while the pages render); the PNG route serves
 * them in `npm run dev` only.
 */
import { chartCsv, chartJson, chartSvgFile, siteCharts } from './site.ts';
import { chartNames, type ChartName } from './text.ts';
import { languages, type Lang } from '../i18n.ts';

export const chartDownloadTypes = { csv: 'text/csv; charset=utf-8', json: 'application/json', svg: 'image/svg+xml', png: 'image/png' } as const;
export type ChartDownload = keyof typeof chartDownloadTypes;

/** Every chart in every language, as the routes' `getStaticPaths` gives them (`chart`: "matrix.en"). */
export function chartDownloadPaths() {
  return languages.flatMap((lang) => chartNames.map((name) => ({ params: { chart: `${name}.${lang}` }, props: { lang, name } })));
}

export async function chartDownload(ext: ChartDownload, { lang, name }: { lang: Lang; name: ChartName }): Promise<Response> {
  const { spec, svg } = (await siteCharts(lang))[name];
  // resvg is loaded only for a PNG (the dev server's): a build writes the PNGs itself.
  const body = ext === 'png' ? new Uint8Array((await import('./png.ts')).chartPng(svg)) : ext === 'csv' ? chartCsv(spec) : ext === 'json' ? chartJson(spec) : chartSvgFile(svg);
  return new Response(body, { headers: { 'Content-Type': chartDownloadTypes[ext] } });
}
