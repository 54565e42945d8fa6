import { describe, expect, it } from 'vitest';
import { matches, parseFilters, serializeFilters } from '../../src/lib/filters.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { codebook, dataPackage, resourceRows } from '../../src/lib/codebook.ts';
import { datasetLoader } from '../../scripts/dataset.json.ts';
import { sourcesLoader } from '../../scripts/sources.json.ts';
import { claimsLoader } from '../../scripts/claims.json.ts';
import type { PackageExtras } from '../../src/lib/codebook.ts';

describe('filters in the URL', () => {
  it('round-trips in a fixed key order and drops unknown keys and values', () => {
    expect(parseFilters('?tie=linking&level=meso&colour=red&basis=maybe')).toEqual({ level: 'meso', tie: 'linking' });
    expect(serializeFilters({ tie: 'linking', level: 'meso' })).toBe('?level=meso&tie=linking');
    expect(serializeFilters({})).toBe('');
  });
  it('matches one of several levels, and passes rows without the attribute', () => {
    expect(matches({ level: 'micro meso macro', tie: 'none' }, { level: 'meso' })).toBe(true);
    expect(matches({ level: 'micro', tie: 'bonding' }, { level: 'meso' })).toBe(false);
    expect(matches({ level: 'meso', tie: 'bridging' }, { valence: 'barrier' })).toBe(true);
  });
});

describe('csv', () => {
  it('quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"' }, { a: ['S8', 'S9'], b: undefined }])).toBe('a,b\r\n"x, y","say ""hi"""\r\nS8 S9,\r\n');
  });
});

describe('codebook and data package', () => {
  // Unit tests run before any build: the loaders make what src/generated/ will hold.
  const sources = sourcesLoader.build(process.cwd()) as { registry: unknown };
  const claims = claimsLoader.build(process.cwd());
  const rows = resourceRows(datasetLoader.build(process.cwd()), { registry: sources.registry, claims } as unknown as PackageExtras);
  const meta = { version: '1.2.3', created: '2025-01-02T03:04:05Z', study: { author: { given: 'Elsa', family: 'Febriana' }, university: 'U', recordUrl: 'https://r.example/' } };
  it('documents every column the CSV files have, and every value they use', () => {
    for (const r of codebook) {
      for (const row of rows[r.name]) {
        expect(Object.keys(row)).toEqual(r.fields.map((f) => f.name));
        for (const f of r.fields) {
          if (!f.values) continue;
          const used = f.list ? row[f.name].split(' ') : [row[f.name]];
          for (const v of used) expect(f.values.map((x) => x.value), `${r.name}.${f.name}`).toContain(v);
        }
        for (const f of r.fields.filter((x) => x.required)) expect(row[f.name], `${r.name}.${f.name}`).not.toBe('');
      }
    }
  });
  it('is a tabular data package under CC BY 4.0 with one CSV resource per table', () => {
    const dp = dataPackage(meta) as any;
    expect(dp.licenses[0].name).toBe('CC-BY-4.0');
    expect(dp.resources.map((r: any) => r.path)).toEqual(codebook.map((r) => `${r.name}.csv`));
    expect(dp.resources.map((r: any) => r.path)).toEqual(expect.arrayContaining(['findings.csv', 'actors.csv', 'events.csv', 'framework.csv', 'sources.csv', 'claims.csv']));
    expect(dp).toMatchObject({ version: '1.2.3', created: '2025-01-02T03:04:05Z' });
    expect(dataPackage({ ...meta, created: undefined })).not.toHaveProperty('created');
  });
});
