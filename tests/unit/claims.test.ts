import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsLoader } from '../../scripts/claims.json.ts';
import { glossaryLoader } from '../../scripts/glossary.json.ts';
import { findClaims, findCites } from '../../src/lib/claims.ts';
import { edit, editJson, fixtureRoot } from '../support/fixture.ts';

describe('reading provenance markers out of MDX', () => {
  it('finds claims with their keys, basis, rationale and line', () => {
    const src = 'a\nText.<Claim src="S8 kompas-2022" />\nMore.<Claim src="S9" basis="interpreted" why="Because > reasons." />';
    expect(findClaims(src, 'f.mdx')).toEqual([
      { keys: ['S8', 'kompas-2022'], basis: 'stated', why: undefined, line: 2, start: 7, end: 37 },
      { keys: ['S9'], basis: 'interpreted', why: 'Because > reasons.', line: 3, start: 43, end: 106 },
    ]);
    expect(findCites('See <Cite k="woolcock-2001" narrative />.', 'f.mdx')).toEqual([{ key: 'woolcock-2001', line: 1 }]);
  });

  it('fails on an interpretation without a rationale, naming file and line', () => {
    expect(() => findClaims('x\n<Claim src="S9" basis="interpreted" />', 'f.mdx')).toThrow('f.mdx:2: <Claim src="S9" basis="interpreted"> needs why="…" (a one-line rationale)');
  });
});

describe('claims.json loader', () => {
  it('counts every claim by basis and by source key, per language', () => {
    const out = claimsLoader.build(process.cwd());
    for (const lang of ['id', 'en'] as const) {
      const s = out[lang];
      expect(s.claims).toBe(s.stated + s.interpreted);
      expect(s.interpreted).toBeGreaterThan(0);
      for (let i = 1; i <= 14; i++) expect(s.bySource[`S${i}`], `${lang} S${i}`).toBeGreaterThan(0);
      expect(s.cites['woolcock-2001']).toBeGreaterThan(0);
    }
  });

  it('fails on an unknown claim key, naming file and line', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/id/temuan.mdx', (s) => s.replace('<Claim src="S9" />', '<Claim src="S9 S15" />'));
    expect(() => claimsLoader.build(root)).toThrow(/^src\/content\/pages\/id\/temuan\.mdx:\d+: <Claim src="S9 S15">: unknown source key "S15"/);
  });

  it('fails on an unknown citation key', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/en/kerangka-teori.mdx', (s) => s.replace('<Cite k="woolcock-2001" narrative />', '<Cite k="wolcock-2000" narrative />'));
    expect(() => claimsLoader.build(root)).toThrow(/^src\/content\/pages\/en\/kerangka-teori\.mdx:\d+: <Cite k="wolcock-2000">: unknown reference key "wolcock-2000"/);
  });

  it('fails when an abstract sentence is never cited in a language', () => {
    const root = fixtureRoot();
    for (const f of [...readdirSync(join(root, 'src/content/pages/en')).map((f) => `pages/en/${f}`), 'home/en.mdx'])
      edit(root, `src/content/${f}`, (s) => s.replace(/src="([^"]*)"/g, (_m, keys: string) => `src="${keys.split(' ').filter((k) => k !== 'S13').join(' ') || 'S1'}"`));
    expect(() => claimsLoader.build(root)).toThrow('src/content/pages/en: abstract sentence(s) S13 never cited by a <Claim src>; every sentence S1–S14 must be cited at least once');
  });

  it('fails when a listed work is never cited', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/references.json', (refs) => refs.push({ id: 'putnam-2000', type: 'book', title: 'Bowling alone', author: [{ family: 'Putnam', given: 'R. D.' }], issued: { 'date-parts': [[2000]] }, language: 'en' }));
    expect(() => claimsLoader.build(root)).toThrow('src/data/references.json: work(s) "putnam-2000" never cited in the id pages; cite every listed work with <Claim src> or <Cite k>, or remove it');
  });

  it('fails on an invented specific, naming file and line', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/id/metode.mdx', (s) => `${s}\nData penelitian diperoleh melalui wawancara pada tahun 2021.<Claim src="S4" />\n`);
    expect(() => claimsLoader.build(root)).toThrow(/^src\/content\/pages\/id\/metode\.mdx:\d+: a fieldwork date is not stated by any source/);
  });
});

describe('glossary.json loader', () => {
  it('holds every required term in both languages', () => {
    const ids = glossaryLoader.build(process.cwd()).map((t) => t.id);
    for (const id of ['umkm', 'pemberdayaan', 'community-governance', 'modal-sosial', 'bonding', 'bridging', 'linking', 'mikro', 'meso', 'makro', 'triangulasi-sumber', 'purposive-sampling', 'reduksi-data', 'penyajian-data', 'penarikan-kesimpulan', 'kelurahan', 'lpmk']) expect(ids).toContain(id);
  });

  it('fails on a missing translation, naming file, row and field', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/glossary.json', (rows) => delete rows[4].definition.en);
    expect(() => glossaryLoader.build(root)).toThrow(/^src\/data\/glossary\.json: row 5 \("bonding"\): field "definition\.en": /);
  });

  it('fails on a blank English term, as every bilingual field does (one strict schema)', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/glossary.json', (rows) => (rows[0].term.en = '  '));
    expect(() => glossaryLoader.build(root)).toThrow(/^src\/data\/glossary\.json: row 1 \("[^"]+"\): field "term\.en": missing English translation/);
  });

  it('fails on an unknown source key', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/glossary.json', (rows) => (rows[0].sources = ['uu-20-2009']));
    expect(() => glossaryLoader.build(root)).toThrow('src/data/glossary.json: row 1 ("umkm"): field "sources.0": unknown source key "uu-20-2009"');
  });

  it('fails on an interpreted definition without a rationale', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/glossary.json', (rows) => (rows[0].basis = 'interpreted'));
    expect(() => glossaryLoader.build(root)).toThrow(/^src\/data\/glossary\.json: row 1 \("umkm"\): field "why": an interpreted definition needs "why"/);
  });

  it('fails on a duplicated id', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/glossary.json', (rows) => (rows[1].id = 'umkm'));
    expect(() => glossaryLoader.build(root)).toThrow('src/data/glossary.json: row 2 ("umkm"): field "id": duplicated id "umkm"');
  });
});
