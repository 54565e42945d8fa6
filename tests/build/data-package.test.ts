/** The built Frictionless Data Package and chart downloads: every file exists, matches its schema and the source data. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { datasetLoader } from '../../scripts/dataset.json.ts';
import { chartNames } from '../../src/lib/charts/text.ts';
import claims from '../../src/generated/claims.json' with { type: 'json' };

const dist = join(root, 'dist');
requireBuilt(dist);
const data = datasetLoader.build(root) as unknown as Record<string, unknown[]>;

describe('dist/data/datapackage.json', () => {
  const dp = JSON.parse(readFileSync(join(dist, 'data/datapackage.json'), 'utf8'));
  it.each(dp.resources.map((r: { name: string }) => r.name))('%s.csv has the schema\'s columns and one line per row', (name) => {
    const resource = dp.resources.find((r: { name: string }) => r.name === name);
    const csv = readFileSync(join(dist, 'data', resource.path), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(','));
    // framework.csv has one row per level and per tie (the framework file's two lists).
    const framework = data.framework as unknown as { levels: unknown[]; ties: unknown[] };
    // The claims ledger pairs the languages: one row per claim, as many as each language counts.
    if (name === 'claims') expect(claims.en.claims).toBe(claims.id.claims);
    const expected = name === 'framework' ? framework.levels.length + framework.ties.length : name === 'claims' ? claims.id.claims : (data[name] as unknown[]).length;
    expect(lines.length - 1).toBe(expected);
  });
  it('states the CC BY 4.0 licence and that the abstract is not covered', () => {
    expect(dp.licenses[0].name).toBe('CC-BY-4.0');
    expect(dp.description).toMatch(/abstract itself remains the author's work/);
  });
});

describe('chart downloads', () => {
  it.each(chartNames)('%s: CSV, JSON, SVG and PNG in both languages', (name) => {
    for (const lang of ['id', 'en']) {
      for (const ext of ['csv', 'json', 'svg', 'png']) expect(existsSync(join(dist, `data/charts/${name}.${lang}.${ext}`)), `${name}.${lang}.${ext}`).toBe(true);
      const json = JSON.parse(readFileSync(join(dist, `data/charts/${name}.${lang}.json`), 'utf8'));
      const svg = readFileSync(join(dist, `data/charts/${name}.${lang}.svg`), 'utf8');
      expect((svg.match(/data-mark=/g) ?? []).length).toBe(json.rows.length);
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(readFileSync(join(dist, `data/charts/${name}.${lang}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
