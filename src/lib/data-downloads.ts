/**
 * The Frictionless Data Package's files: /data/datapackage.json and one CSV per resource
 * (deterministic bytes), one route file each (src/pages/data/datapackage.json.ts,
 * src/pages/data/[name].csv.ts), so that each address ends in its extension and the dev server
 * serves it as a file, without the trailing slash the site's pages take.
 */
import dataset from '../generated/dataset.json' with { type: 'json' };
import sources from '../generated/sources.json' with { type: 'json' };
import claims from '../generated/claims.json' with { type: 'json' };
import study from '../data/study.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { codebook, dataPackage, resourceCsv, resourceRows, type DatasetRows, type PackageExtras } from './codebook.ts';
import { ledgerCsvRows, pairClaims, type ClaimRow } from './ledger.ts';
import type { SourceEntry } from './sources.ts';
import { lastCommitDate } from './git-dates.ts';

export function dataPackageResponse(): Response {
  // created: the last commit that changed the data or its codebook, so every build of one commit writes the same bytes.
  const created = ['src/data', 'src/lib/codebook.ts'].map((p) => lastCommitDate(p)).filter(Boolean).sort().pop();
  return new Response(`${JSON.stringify(dataPackage({ version: pkg.version, created, study }), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}

/** One CSV per codebook resource, as the routes' `getStaticPaths` gives them. */
export const resourcePaths = () => codebook.map((r) => ({ params: { name: r.name } }));

export function resourceResponse(name: string): Response {
  const resource = codebook.find((r) => r.name === name);
  if (!resource) throw new Error(`/data/${name}.csv: no codebook resource "${name}"`);
  const extras = { registry: sources.registry, claims } as unknown as PackageExtras;
  const ledger = ledgerCsvRows(pairClaims({ id: claims.id.rows as ClaimRow[], en: claims.en.rows as ClaimRow[] }), sources.registry as Record<string, SourceEntry>);
  return new Response(resourceCsv(resource, resourceRows({ ...(dataset as unknown as DatasetRows), claims: ledger }, extras)[name]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
