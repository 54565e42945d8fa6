/** The Frictionless Data Package: /data/datapackage.json and one CSV per resource (deterministic bytes). */
import type { APIRoute } from 'astro';
import dataset from '../../generated/dataset.json' with { type: 'json' };
import claims from '../../generated/claims.json' with { type: 'json' };
import sources from '../../generated/sources.json' with { type: 'json' };
import { codebook, dataPackage, resourceCsv, resourceRows, type DatasetRows } from '../../lib/codebook.ts';
import { ledgerCsvRows, pairClaims, type ClaimRow } from '../../lib/ledger.ts';
import type { SourceEntry } from '../../lib/sources.ts';

export function getStaticPaths() {
  return [{ params: { file: 'datapackage.json' } }, ...codebook.map((r) => ({ params: { file: `${r.name}.csv` } }))];
}

export const GET: APIRoute = ({ params }) => {
  if (params.file === 'datapackage.json') return new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  const name = params.file!.replace(/\.csv$/, '');
  const resource = codebook.find((r) => r.name === name)!;
  const ledger = ledgerCsvRows(pairClaims({ id: claims.id.rows as ClaimRow[], en: claims.en.rows as ClaimRow[] }), sources.registry as Record<string, SourceEntry>);
  return new Response(resourceCsv(resource, resourceRows({ ...(dataset as unknown as DatasetRows), claims: ledger })[name]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
