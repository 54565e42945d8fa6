import { rmSync } from 'node:fs';
import { t } from '../../src/lib/i18n.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractLoader } from '../../scripts/abstract.json.ts';
import { pagesLoader } from '../../scripts/pages.json.ts';
import { anchorsLoader } from '../../scripts/anchors.json.ts';
import { chartsLoader } from '../../scripts/charts.json.ts';
import { stableJson } from '../../scripts/lib/loader.ts';
import { edit, editJson, fixtureRoot } from '../support/fixture.ts';

describe('abstract.json loader', () => {
  it('joins S1–S14 with their English translation and the study metadata', () => {
    const out = abstractLoader.build(process.cwd()) as any;
    expect(out.sentences).toHaveLength(14);
    expect(out.sentences[4]).toMatchObject({ id: 'S5', id_text: expect.stringContaining('purposive sampling'), en_text: expect.stringContaining('purposive sampling') });
    expect(out.study.year).toBeNull();
  });

  it('is deterministic', () => {
    expect(stableJson(abstractLoader.build(process.cwd()))).toBe(stableJson(abstractLoader.build(process.cwd())));
  });

  it('names file, row and field when a translation is missing', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/abstract.en.json', (d) => delete d.sentences.S12);
    expect(() => abstractLoader.build(root)).toThrow('src/data/abstract.en.json: row "S12" field "sentences.S12": missing translation');
  });

  it('rejects a sentence id outside S1–S14', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/abstract.en.json', (d) => (d.sentences.S15 = 'extra'));
    expect(() => abstractLoader.build(root)).toThrow(/src\/data\/abstract\.en\.json: field "sentences\.S15"/);
  });

  it('rejects a year that is not a number, naming the field', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/study.json', (d) => (d.year = '2023?'));
    expect(() => abstractLoader.build(root)).toThrow(/^src\/data\/study\.json: field "year": /);
  });
});

describe('pages.json loader', () => {
  it('lists every page with the heading ids both languages share', () => {
    const pages = pagesLoader.build(process.cwd());
    const abstrak = pages.find((p) => p.slug === 'abstrak');
    expect(abstrak?.titles).toEqual({ id: 'Abstrak', en: 'Abstract' });
    expect(abstrak?.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['original', 'record', 'translation']));
  });

  it('fails when a page has no translation', () => {
    const root = fixtureRoot();
    rmSync(join(root, 'src/content/pages/en/abstrak.mdx'));
    expect(() => pagesLoader.build(root)).toThrow('src/content/pages/en/abstrak.mdx: missing translation of src/content/pages/id/abstrak.mdx');
  });

  it('fails when the two languages disagree on a heading id', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/en/abstrak.mdx', (s) => s.replace('{#record}', '{#thesis-record}'));
    expect(() => pagesLoader.build(root)).toThrow('src/content/pages/en/abstrak.mdx: heading 2 is h2#thesis-record but src/content/pages/id/abstrak.mdx has h2#record');
  });

  it('fails on a heading without an explicit id, naming file and line', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/id/abstrak.mdx', (s) => s.replace('## Data skripsi {#record}', '## Data skripsi'));
    expect(() => pagesLoader.build(root)).toThrow(/^src\/content\/pages\/id\/abstrak\.mdx:\d+: heading "Data skripsi" needs an explicit id/);
  });

  it('fails on a missing frontmatter field, naming it', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/en/abstrak.mdx', (s) => s.replace(/^description:.*\n/m, ''));
    expect(() => pagesLoader.build(root)).toThrow(/^src\/content\/pages\/en\/abstrak\.mdx: field "description": /);
  });
});

describe('anchors.json loader (src/data/anchors.json)', () => {
  it('names the file when it is not JSON', () => {
    const root = fixtureRoot();
    edit(root, 'src/data/anchors.json', (s) => s.replace(/\]\s*,/, '],,'));
    expect(() => anchorsLoader.build(root)).toThrow(/^src\/data\/anchors\.json: not valid JSON/);
  });

  it('names file, row and field of a malformed anchor', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/anchors.json', (d) => (d.anchors[1] = 'Abstrak#Record'));
    expect(() => anchorsLoader.build(root)).toThrow(/^src\/data\/anchors\.json: field "anchors\.1": an anchor like/);
  });

  it('names a duplicated anchor', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/anchors.json', (d) => d.anchors.push(d.anchors[0]));
    expect(() => anchorsLoader.build(root)).toThrow(/^src\/data\/anchors\.json: field "anchors\.\d+": ".*" is listed twice/);
  });
});

describe('charts.json loader (src/data/charts.json)', () => {
  it('names the file when it is not JSON', () => {
    const root = fixtureRoot();
    edit(root, 'src/data/charts.json', (s) => s.replace('{', '{,'));
    expect(() => chartsLoader.build(root)).toThrow(/^src\/data\/charts\.json: not valid JSON/);
  });

  it('names file and field of a missing or blank translation', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/charts.json', (d) => {
      const [name] = Object.keys(d.charts);
      d.charts[name].title.en = ' ';
    });
    expect(() => chartsLoader.build(root)).toThrow(/^src\/data\/charts\.json: field "charts\.[a-z]+\.title\.en": missing English translation/);
  });

  it('names a chart whose texts are missing', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/charts.json', (d) => delete d.charts[Object.keys(d.charts).at(-1)!]);
    expect(() => chartsLoader.build(root)).toThrow(/^src\/data\/charts\.json: field "charts\.[a-z]+":/);
  });

  it('takes the shared vocabulary labels from the interface strings when charts.json leaves them out', () => {
    const texts = chartsLoader.build(fixtureRoot()) as unknown as { common: Record<string, Record<string, Record<string, string>>> };
    for (const lang of ['id', 'en'] as const) {
      expect(texts.common.basis.stated[lang].toLocaleLowerCase(lang)).toBe(t(lang, 'explorer.value.stated').toLocaleLowerCase(lang));
      expect(texts.common.valence.barrier[lang]).toBe(t(lang, 'explorer.value.barrier'));
    }
  });

  it('fails on a vocabulary label spelled unlike the interface strings (one spelling of "stated")', () => {
    const root = fixtureRoot();
    // charts.json may leave the shared labels to the interface strings; one it gives must agree.
    editJson(root, 'src/data/charts.json', (d) => (d.common.basis = { stated: { id: 'dinyatakan sumber', en: 'stated by the source' }, interpreted: { id: 'interpretasi penyunting', en: "the editors' interpretation" } }));
    expect(() => chartsLoader.build(root)).toThrow('src/data/charts.json: field "common.basis.stated.id": "dinyatakan sumber" must read as src/data/ui/id.json "explorer.value.stated" ("Dinyatakan oleh sumber")');
  });
});
