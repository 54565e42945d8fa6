/** The built Frictionless Data Package and chart downloads: every file exists, matches its schema and the source data. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { PNG } from 'pngjs';
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
    const findings = data.findings as { sources: string[] }[];
    const actors = data.actors as { sources: string[] }[];
    // framework.csv has one row per level and per tie (the framework file's two lists).
    const framework = data.framework as unknown as { levels: unknown[]; ties: unknown[] };
    // The claims ledger pairs the languages: one row per claim, as many as each language counts.
    if (name === 'claims') expect(claims.en.claims).toBe(claims.id.claims);
    const expected: Record<string, number | undefined> = {
      framework: framework.levels.length + framework.ties.length,
      claims: claims.id.claims,
      'finding-sources': findings.reduce((n, f) => n + f.sources.length, 0),
      'actor-sources': actors.reduce((n, a) => n + a.sources.length, 0),
    };
    if (expected[name] !== undefined) expect(lines.length - 1).toBe(expected[name]);
    else if (Array.isArray(data[name])) expect(lines.length - 1).toBe((data[name] as unknown[]).length);
    else expect(lines.length - 1).toBeGreaterThan(0);
  });
  it('states the CC BY 4.0 licence and that the abstract is not covered', () => {
    expect(dp.licenses[0].name).toBe('CC-BY-4.0');
    expect(dp.description).toMatch(/abstract itself remains the author's work/);
  });
});

/** Read every resource with the Frictionless validator (datapackage-js), foreign keys included; the errors as text. */
async function validate(dir: string): Promise<string[]> {
  const dp = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
  const errors: string[] = dp.errors.map(String);
  for (const resource of dp.resources) {
    try {
      await resource.read({ relations: true });
    } catch (error) {
      const e = error as Error & { errors?: unknown[] };
      errors.push(`${resource.name}: ${e.message} ${(e.errors ?? []).map(String).join('; ')}`);
    }
  }
  return errors;
}

describe('the data package stands alone (Frictionless validator, foreign keys)', () => {
  const dp = JSON.parse(readFileSync(join(dist, 'data/datapackage.json'), 'utf8'));

  it('validates, every row of every table and every foreign key', async () => {
    expect(await validate(join(dist, 'data'))).toEqual([]);
  });

  it('declares foreign keys to the sources resource from findings and actors (through finding-sources and actor-sources), events, framework and claim counts', () => {
    const targets = dp.resources.flatMap((r: { name: string; schema: { foreignKeys?: { fields: string; reference: { resource: string } }[] } }) =>
      (r.schema.foreignKeys ?? []).map((fk) => `${r.name}.${fk.fields}->${fk.reference.resource}`));
    for (const fk of ['finding-sources.finding->findings', 'finding-sources.source->sources', 'actor-sources.actor->actors', 'actor-sources.source->sources', 'events.source->sources', 'framework.source->sources', 'claim-counts.source->sources']) expect(targets).toContain(fk);
  });

  it('the sources resource holds S1–S14 with the abstract verbatim and the references with titles', () => {
    const csv = readFileSync(join(dist, 'data/sources.csv'), 'utf8');
    const abstract = readFileSync(join(root, 'src/data/abstract.id.txt'), 'utf8');
    for (let i = 1; i <= 14; i++) expect(csv).toMatch(new RegExp(`^S${i},sentence,`, 'm'));
    const s1 = /^S1,sentence,"?([^",]+)/m.exec(csv)![1];
    expect(abstract.replace(/\s+/g, ' ')).toContain(s1.slice(0, 60));
    expect(csv).toMatch(/^woolcock-2001,work,,/m);
  });

  it('has a version, contributors, licences and a created date from the commit history, not the clock', () => {
    expect(dp.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(dp.contributors.map((c: { role: string }) => c.role)).toEqual(['author', 'wrangler']);
    expect(dp.licenses.length).toBeGreaterThan(0);
    if (dp.created) expect(Date.parse(dp.created)).toBeLessThan(Date.now());
  });

  it('a broken foreign key fails validation, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-dp-'));
    try {
      cpSync(join(dist, 'data'), dir, { recursive: true });
      const file = join(dir, 'events.csv');
      const [head, first, ...rest] = readFileSync(file, 'utf8').split('\r\n');
      writeFileSync(file, [head, first.replace(/,[^,]+$/, ',no-such-source'), ...rest].join('\r\n'));
      const errors = await validate(dir);
      expect(errors.join('\n')).toMatch(/^events: .*foreign key/im);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
      // The PNG, read by a decoder that is not the build's (pngjs): twice the SVG's size, opaque, not blank.
      const png = PNG.sync.read(readFileSync(join(dist, `data/charts/${name}.${lang}.png`)));
      const open = /<svg[^>]*>/.exec(svg)![0];
      const size = (attr: string) => Math.ceil(2 * Number(new RegExp(`\\s${attr}="([\\d.]+)"`).exec(open)![1]));
      expect([png.width, png.height], `${name}.${lang}.png`).toEqual([size('width'), size('height')]);
      const colours = new Set<number>();
      let translucent = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        if (png.data[i + 3] !== 255) translucent++;
        colours.add(png.data.readUInt32BE(i));
      }
      expect(translucent, `${name}.${lang}.png`).toBe(0);
      expect(colours.size, `${name}.${lang}.png`).toBeGreaterThan(2);
    }
  });
});
