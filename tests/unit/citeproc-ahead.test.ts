import { describe, expect, it } from 'vitest';
import { citeprocLoader } from '../../scripts/citeproc.json.ts';
import { pagesLoader } from '../../scripts/pages.json.ts';
import { sourcesLoader } from '../../scripts/sources.json.ts';
import { referencesKey, referencesList } from '../../src/lib/citation/ahead.ts';
import { formatBibliography } from '../../src/lib/citation/bibliography.ts';
import { formatCitation, pageTemplate } from '../../src/lib/citation/formats.ts';
import { citeStyles, pageRecord, type PageTemplates } from '../../src/lib/citation/page-record.ts';
import { citeprocNeeds, formatPageItem, styleTitles, withTitles } from '../../src/lib/citation/page.ts';
import { languages, t } from '../../src/lib/i18n.ts';
import { edit, editJson, fixtureRoot } from '../support/fixture.ts';

const root = process.cwd();
const ahead = citeprocLoader.build(root);
const { references } = sourcesLoader.build(root) as { references: Parameters<typeof formatBibliography>[0] };
/** The build's templates: the citation.json loader's (made here as it makes them), with the citeproc.json loader's titles. */
const built: PageTemplates = Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries(citeStyles.map((style) => [style, pageTemplate(style, lang, t(lang, 'site.title'))]))]));
const templates = withTitles(built, ahead.titles);
const record = (lang: (typeof languages)[number], pageTitle: string, sectionTitle?: string) =>
  pageRecord({ lang, siteTitle: t(lang, 'site.title'), pageTitle, sectionTitle, url: `/${lang}/page/${sectionTitle ? '#s' : ''}` });

describe('citeproc.json loader', () => {
  it('lists the references as citeproc does, for the references the sources loader lists', async () => {
    expect(ahead.bibliography.references).toBe(referencesKey(references));
    for (const lang of languages) {
      expect(ahead.bibliography.entries[lang], lang).toEqual(formatBibliography(references, lang));
      // The pages take the loader's list as it is, and make their own for any other references.
      expect(await referencesList(references, lang, ahead.bibliography)).toBe(ahead.bibliography.entries[lang]);
      const fewer = references.slice(1);
      expect(await referencesList(fewer, lang, ahead.bibliography), lang).toEqual(formatBibliography(fewer, lang));
    }
  });

  it('holds what citeproc says for each title it lists, so the pages need no citeproc for them', async () => {
    let listed = 0;
    for (const lang of languages) {
      for (const style of citeStyles) {
        const entry = ahead.titles[lang]![style]!;
        expect(entry.siteTitle).toBe(t(lang, 'site.title'));
        for (const title of [...Object.keys(entry.titles ?? {}), ...Object.keys(entry.citations ?? {})]) {
          const item = pageRecord({ lang, siteTitle: entry.siteTitle, pageTitle: title, url: `/${lang}/page/#s` });
          expect(citeprocNeeds(item, style, lang, templates), `${style} ${lang} ${title}`).toBeNull();
          expect(await formatPageItem(item, style, lang, templates), `${style} ${lang} ${title}`).toEqual(formatCitation(item, style, lang));
          listed++;
        }
      }
    }
    // Chicago and MLA title-case English titles: every English page at least.
    expect(listed).toBeGreaterThan(2 * pagesLoader.build(root).length);
  }, 120_000);

  it('covers the title of every page in both languages', () => {
    for (const page of pagesLoader.build(root)) {
      for (const lang of languages) {
        for (const style of citeStyles) expect(citeprocNeeds(record(lang, page.titles[lang]), style, lang, templates), `${page.slug} ${lang} ${style}`).toBeNull();
      }
    }
  });

  it('is what the pages use: its entries, not citeproc, fill the templates', async () => {
    const [title] = Object.keys(ahead.titles.en!['chicago-author-date']!.titles!);
    const item = pageRecord({ lang: 'en', siteTitle: t('en', 'site.title'), pageTitle: title, url: '/en/x/' });
    const given = withTitles(built, { en: { 'chicago-author-date': { siteTitle: t('en', 'site.title'), titles: { [title]: 'GIVEN' } } } });
    expect((await formatPageItem(item, 'chicago-author-date', 'en', given)).before).toContain('GIVEN');
    const [odd] = Object.keys(ahead.titles.en!.apa!.citations!);
    const oddItem = pageRecord({ lang: 'en', siteTitle: t('en', 'site.title'), pageTitle: odd, url: '/en/x/' });
    const slotted = withTitles(built, { en: { apa: { siteTitle: t('en', 'site.title'), citations: { [odd]: { before: 'GIVEN QQURLSLOTQQ', after: null } } } } });
    expect(await formatPageItem(oddItem, 'apa', 'en', slotted)).toEqual({ before: 'GIVEN /en/x/', after: null });
  });

  it('leaves a title it did not see to citeproc, which the pages then run: the same citations', async () => {
    const pageTitle = pagesLoader.build(root)[0].titles.en;
    for (const sectionTitle of ['A heading added since the data step ran', 'Is this one new?']) {
      const item = record('en', pageTitle, sectionTitle);
      const needs = citeStyles.map((style) => citeprocNeeds(item, style, 'en', templates));
      expect(needs.some((need) => need !== null), sectionTitle).toBe(true);
      for (const style of citeStyles) expect(await formatPageItem(item, style, 'en', templates), `${style} ${sectionTitle}`).toEqual(formatCitation(item, style, 'en'));
    }
    expect(await styleTitles(record('en', pageTitle, 'A heading added since the data step ran'), 'en', templates)).toEqual(await styleTitles(record('en', pageTitle, 'A heading added since the data step ran'), 'en'));
  });

  it('names file, row and field of a bad reference', () => {
    const fixture = fixtureRoot();
    editJson(fixture, 'src/data/references.json', (rows) => (rows[0].type = 'nonsense'));
    const [first] = references;
    expect(() => citeprocLoader.build(fixture)).toThrow(`src/data/references.json: row 1 ("${first.id}"): field "type"`);
  });

  it('names the file and field of a page without a title', () => {
    const fixture = fixtureRoot();
    edit(fixture, 'src/content/pages/en/abstrak.mdx', (text) => text.replace(/^title: .*\n/m, ''));
    expect(() => citeprocLoader.build(fixture)).toThrow('src/content/pages/en/abstrak.mdx: field "title"');
  });
});
