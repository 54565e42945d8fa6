/**
 * The study's downloads read by parsers independent of citation-js (which writes them):
 * @retorquere/bibtex-parser (the BibTeX/biblatex parser of Better BibTeX for Zotero) for both
 * .bib files, astrocite-ris for the RIS, and plain JSON for CSL-JSON. Key, title (and its
 * case), entry type and the missing date must agree across all four and with study.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import studyJson from '../../src/data/study.json' with { type: 'json' };
import { studyBiblatex, studyBibtex, studyKey } from '../../src/lib/citation/formats.ts';
import type { Study } from '../../src/lib/schemas.ts';
import { kindPath, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { languages } from '../../src/lib/i18n.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const study = studyJson as Study;
const file = (name: string) => readFileSync(join(dist, 'kutip', name), 'utf8');
const biblatex = parseBib(file('febriana.bib')).entries;
const bibtex = parseBib(file('febriana-bibtex.bib')).entries;
const ris = parseRis(file('febriana.ris')) as Record<string, unknown>[];
const csl = JSON.parse(file('febriana.json')) as Record<string, unknown>[];
/**
 * The title as a reader that recases English titles (BibTeX styles, pandoc, citeproc) sees it,
 * with BibTeX's own brace rules (no heuristics: outer braces kept, every brace protects):
 * protected text comes back inside <span class="nocase">; the rest may be recased.
 */
const asEnglish = (text: string) => parseBib(text.replace(/^\s*langid = .*\n/m, ''), { english: true, sentenceCase: true, removeOuterBraces: [], caseProtection: 'strict' } as never).entries[0].fields.title as unknown as string;

describe('the study in every download', () => {
  it('is one entry in each', () => {
    expect([biblatex.length, bibtex.length, ris.length, csl.length]).toEqual([1, 1, 1, 1]);
  });

  it('has one citation key everywhere: .bib keys, RIS ID, CSL id and citation-key, the site\'s cite page', () => {
    const key = studyKey(study);
    expect(biblatex[0].key).toBe(key);
    expect(bibtex[0].key).toBe(key);
    expect(ris[0].id).toBe(key);
    expect(csl[0].id).toBe(key);
    expect(csl[0]['citation-key']).toBe(key);
    for (const path of languages.map((lang) => kindPath('cite', lang))) expect(readPage(dist, path).querySelector('.cite-data')?.textContent, path).toContain(`{${key},`);
  });

  it('keeps the title as written ("dalam" lower-case), protected from title- or sentence-casing', () => {
    for (const entries of [biblatex, bibtex]) expect(entries[0].fields.title).toBe(study.title);
    expect(ris[0].title).toBe(study.title);
    expect(csl[0].title).toBe(study.title);
    // Read as English, the whole title is one case-protected span: no word is left for a style to recase.
    for (const text of [file('febriana.bib'), file('febriana-bibtex.bib')]) expect(asEnglish(text)).toBe(`<span class="nocase">${study.title}</span>`);
    // The same check fails a title protected word by word, as citation-js writes it ("dalam" left open to recasing).
    expect(asEnglish(file('febriana.bib').replace(/title = \{\{(.*)\}\},/, 'title = {Community {Governance} dalam {Pemberdayaan}},'))).toMatch(/<\/span> dalam <span/);
  });

  it('is a thesis of type Skripsi in each format, in a type classic BibTeX styles know', () => {
    expect(biblatex[0].type).toBe('thesis');
    expect(biblatex[0].fields.type).toBe(study.genre);
    expect(bibtex[0].type).toBe('mastersthesis');
    expect(bibtex[0].fields.type).toBe(study.genre);
    expect([bibtex[0].fields.school].flat()).toEqual([study.university]);
    expect(ris[0]).toMatchObject({ type: 'thesis', genre: study.genre });
    expect(csl[0]).toMatchObject({ type: 'thesis', genre: study.genre });
  });

  it('names the language as langid = indonesian, never a literal "id" language field', () => {
    for (const entries of [biblatex, bibtex]) {
      expect(entries[0].fields.langid).toBe('indonesian');
      expect(entries[0].fields.language).toBeUndefined();
    }
  });

  it('invents no date while study.json has no year', () => {
    if (study.year !== null) return;
    for (const entries of [biblatex, bibtex]) for (const f of ['date', 'year', 'month']) expect(entries[0].fields[f], f).toBeUndefined();
    expect(ris[0].issued).toBeUndefined();
    expect(csl[0].issued).toBeUndefined();
    expect(file('febriana.ris')).not.toMatch(/^(PY|Y1|DA)  - /m);
  });

  it('writes the year in every format once study.json has one', () => {
    const withYear = { ...study, year: 2023 };
    expect(parseBib(studyBiblatex(withYear)).entries[0].fields.date).toBe('2023');
    expect(parseBib(studyBibtex(withYear)).entries[0].fields.year).toBe('2023');
    expect(parseBib(studyBibtex(withYear)).entries[0].key).toBe(studyKey(withYear));
  });
});
