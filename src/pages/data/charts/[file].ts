/**
 * Downloads of each chart, per language: /data/charts/matrix.en.csv, .json, .svg, .png (deterministic
 * bytes). A build writes the PNGs itself (src/integrations/og-images.ts draws them in a thread of its
 * own while the pages render); the dev server draws each one here when asked.
 */
import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../../lib/i18n.ts';
import { chartCsv, chartJson, chartNames, chartSvgFile, siteCharts } from '../../../lib/charts/site.ts';
import { chartPng } from '../../../lib/charts/png.ts';

const types = { csv: 'text/csv; charset=utf-8', json: 'application/json', svg: 'image/svg+xml', png: 'image/png' } as const;

export function getStaticPaths() {
  return languages.flatMap((lang) => chartNames.flatMap((name) => (Object.keys(types) as (keyof typeof types)[]).filter((ext) => ext !== 'png' || import.meta.env.DEV).map((ext) => ({ params: { file: `${name}.${lang}.${ext}` }, props: { lang, name, ext } }))));
}

export const GET: APIRoute = ({ props }) => {
  const { lang, name, ext } = props as { lang: Lang; name: (typeof chartNames)[number]; ext: keyof typeof types };
  const { spec, svg } = siteCharts(lang)[name];
  if (ext === 'png') return new Response(new Uint8Array(chartPng(svg)), { headers: { 'Content-Type': types.png } });
  const body = ext === 'csv' ? chartCsv(spec) : ext === 'json' ? chartJson(spec) : chartSvgFile(svg);
  return new Response(body, { headers: { 'Content-Type': types[ext] } });
};
