/** The Frictionless Data Package: /data/datapackage.json and one CSV per resource (deterministic bytes). */
import type { APIRoute } from 'astro';
import dataset from '../../generated/dataset.json' with { type: 'json' };
import { codebook, dataPackage, resourceCsv, resourceRows, type DatasetRows } from '../../lib/codebook.ts';

export function getStaticPaths() {
  return [{ params: { file: 'datapackage.json' } }, ...codebook.map((r) => ({ params: { file: `${r.name}.csv` } }))];
}

export const GET: APIRoute = ({ params }) => {
  if (params.file === 'datapackage.json') return new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  const name = params.file!.replace(/\.csv$/, '');
  const resource = codebook.find((r) => r.name === name)!;
  return new Response(resourceCsv(resource, resourceRows(dataset as unknown as DatasetRows)[name]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
