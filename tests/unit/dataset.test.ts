import { describe, expect, it } from 'vitest';
import { datasetLoader } from '../../scripts/dataset.json.ts';
import { stableJson } from '../../scripts/lib/loader.ts';
import { deriveMatrix, eventEnd, eventStart, findingSchema } from '../../src/lib/dataset.ts';
import { levels, tiesOrNone } from '../../src/lib/vocabulary.ts';
import { findingSections } from '../../src/lib/sections.ts';
import { editJson, fixtureRoot } from '../support/fixture.ts';

const F = 'src/data/findings.json';

describe('dataset.json loader', () => {
  it('validates the four files and derives the full level × tie matrix', () => {
    const out = datasetLoader.build(process.cwd());
    expect(out.findings.length).toBeGreaterThanOrEqual(12);
    expect(out.matrix).toHaveLength(12); // 3 levels × (3 ties + none)
    const cell = (level: string, tie: string) => out.matrix.find((c) => c.level === level && c.tie === tie)!.findings;
    expect(cell('micro', 'bonding')).toEqual(expect.arrayContaining(['bonding-trust', 'barrier-mindset', 'barrier-capacity']));
    expect(cell('macro', 'bonding')).toEqual([]);
    expect(out.events.find((e) => e.id === 'kabaresolo-report')).toMatchObject({ date: '2019-07', precision: 'month' });
    expect(out.events.find((e) => e.id === 'programs-start')).toMatchObject({ date: '2018', precision: 'year' });
    expect(out.actors.every((a) => a.basis === 'interpreted' && a.rationale.id && a.rationale.en)).toBe(true);
  });

  it('only names sections of the Findings chapter that COMMON.md lists', () => {
    const out = datasetLoader.build(process.cwd());
    for (const f of out.findings) expect(findingSections).toContain(f.section);
  });

  it('is deterministic', () => {
    expect(stableJson(datasetLoader.build(process.cwd()))).toBe(stableJson(datasetLoader.build(process.cwd())));
  });

  it('rejects an unknown sentence id, naming file, row and field', () => {
    const root = fixtureRoot();
    editJson(root, F, (d) => (d[1].sources = ['S15']));
    expect(() => datasetLoader.build(root)).toThrow('src/data/findings.json: row 2 ("micro-needs-meso-macro"): field "sources.0": a sentence id S1–S14');
  });

  it('rejects an unknown source key on an actor', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/actors.json', (d) => (d[0].sources = ['surakarta-2019', 'tribun-2020']));
    expect(() => datasetLoader.build(root)).toThrow('src/data/actors.json: row 1 ("residents"): field "sources.1": unknown source key "tribun-2020"');
  });

  it('rejects a level outside the three', () => {
    const root = fixtureRoot();
    editJson(root, F, (d) => (d[0].level = ['mezzo']));
    expect(() => datasetLoader.build(root)).toThrow(/src\/data\/findings\.json: row 1 \("micro-capability"\): field "level\.0": /);
  });

  it('rejects a missing translation', () => {
    const root = fixtureRoot();
    editJson(root, F, (d) => (d[3].summary.en = ''));
    expect(() => datasetLoader.build(root)).toThrow('src/data/findings.json: row 4 ("interdependence"): field "summary.en": missing English translation');
  });

  it('rejects a duplicated id', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/events.json', (d) => (d[1].id = d[0].id));
    expect(() => datasetLoader.build(root)).toThrow('src/data/events.json: row 2 ("programs-start"): field "id": duplicated id "programs-start"');
  });

  it('rejects an interpretation without a rationale', () => {
    const root = fixtureRoot();
    editJson(root, F, (d) => delete d[4].rationale);
    expect(() => datasetLoader.build(root)).toThrow('src/data/findings.json: row 5 ("bonding-interaction"): field "rationale": an interpreted finding needs a rationale');
  });

  it('rejects a section the Findings chapter does not have', () => {
    const root = fixtureRoot();
    editJson(root, F, (d) => (d[0].section = 'results'));
    expect(() => datasetLoader.build(root)).toThrow(/src\/data\/findings\.json: row 1 \("micro-capability"\): field "section": /);
  });

  it('rejects a date that does not match its precision', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/events.json', (d) => (d[0].date = '2018-01-01'));
    expect(() => datasetLoader.build(root)).toThrow('src/data/events.json: row 1 ("programs-start"): field "date": "2018-01-01" does not match precision "year"');
  });

  it('rejects an actor placed as stated', () => {
    const root = fixtureRoot();
    let id = '';
    editJson(root, 'src/data/actors.json', (d) => { d[2].basis = 'stated'; id = d[2].id; });
    expect(() => datasetLoader.build(root)).toThrow(`src/data/actors.json: row 3 ("${id}"): field "basis": `);
  });

  it('rejects a framework term without its definition', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/framework.json', (d) => delete d.ties[1].definition);
    expect(() => datasetLoader.build(root)).toThrow(/src\/data\/framework\.json: field "ties\.1\.definition": /);
  });
});

describe('derivations', () => {
  const base = { tie: 'bonding', valence: 'strength', basis: 'stated', sources: ['S8'], summary: { id: 'a', en: 'b' }, section: 'micro-capability' } as const;
  it('puts a multi-level finding in each of its levels and keeps empty cells', () => {
    const f = findingSchema.parse({ ...base, id: 'x', level: ['micro', 'macro'] });
    const m = deriveMatrix([f]);
    expect(m.filter((c) => c.findings.length).map((c) => `${c.level}/${c.tie}`)).toEqual(['micro/bonding', 'macro/bonding']);
    expect(m.filter((c) => !c.findings.length)).toHaveLength(levels.length * tiesOrNone.length - 2);
  });
  it('turns a month or a year into the span it covers', () => {
    expect(eventStart('2019-07').toISOString()).toBe('2019-07-01T00:00:00.000Z');
    expect(eventEnd('2019-07', 'month').toISOString()).toBe('2019-08-01T00:00:00.000Z');
    expect(eventEnd('2018', 'year').toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(eventEnd('2019-08-15', 'day').toISOString()).toBe('2019-08-16T00:00:00.000Z');
  });
  it('refuses a level listed twice and a rationale on a stated finding', () => {
    expect(findingSchema.safeParse({ ...base, id: 'x', level: ['micro', 'micro'] }).success).toBe(false);
    expect(findingSchema.safeParse({ ...base, id: 'x', level: ['micro'], rationale: { id: 'a', en: 'b' } }).success).toBe(false);
  });
});
