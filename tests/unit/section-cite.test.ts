import { describe, expect, it } from 'vitest';
import { citeStyles, pageRecord, PAGE_SLOTS } from '../../src/lib/citation/page-record.ts';
import { formatPageItem, pageSlots, styleTitles } from '../../src/lib/citation/page.ts';
import { citeTemplates } from '../../src/lib/citation/templates-file.ts';
import { t } from '../../src/lib/i18n.ts';
import { citationHtml } from '../../src/lib/citation/html.ts';
import { sectionCitations, type CiteTemplates } from '../../src/lib/citation/section.ts';
import type { Lang } from '../../src/lib/i18n.ts';

/** The language's templates (the file src/lib/citation/templates-file.ts writes) and the titles SectionHeading.astro puts on a heading. */
async function browserSide(lang: Lang, pageTitle: string, sectionTitle: string, pageUrl: string, id: string): Promise<string[] | null> {
  const siteTitle = 'Community Governance in Empowering MSMEs';
  const page = pageRecord({ lang, siteTitle, pageTitle, url: pageUrl });
  const section = pageRecord({ lang, siteTitle, pageTitle, sectionTitle, url: `${pageUrl}#${id}` });
  const data: CiteTemplates = {
    slots: PAGE_SLOTS, close: 'Close', placeholder: '[date accessed]',
    styles: await Promise.all(citeStyles.map(async (style) => {
      const s = await pageSlots(page, style, lang);
      return { key: `${lang}/${style}`, label: style, before: s?.template.before ?? null, after: s?.template.after ?? null };
    })),
  };
  const all = (await styleTitles(section, lang))!;
  const titles = all.every((t) => t === all[0]) ? [all[0]] : all;
  return sectionCitations(data, titles, `${pageUrl}#${id}`);
}

describe('section citations filled in the browser', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`equal the build's citeproc-backed citations (${lang})`, async () => {
      const pageUrl = `https://example.org/${lang === 'en' ? 'en/' : ''}temuan/`;
      const sectionTitle = 'The influence of the macro level';
      const got = await browserSide(lang, 'Findings', sectionTitle, pageUrl, 'macro-influence');
      const item = pageRecord({ lang, siteTitle: 'Community Governance in Empowering MSMEs', pageTitle: 'Findings', sectionTitle, url: `${pageUrl}#macro-influence` });
      const want = await Promise.all(citeStyles.map(async (style) => citationHtml(await formatPageItem(item, style, lang), `${lang}/${style}`, '[date accessed]')));
      expect(got).toEqual(want);
      // The section's own title and anchor are in every style.
      for (const html of got!) expect(html).toContain('#macro-influence');
    });
  }

  for (const lang of ['id', 'en'] as const) {
    it(`the page's own citation in every style, from the page's titles, equals the build's (${lang}): the cite box's other styles`, async () => {
      const siteTitle = 'Community Governance in Empowering MSMEs';
      const pageUrl = `https://example.org/${lang === 'en' ? 'en/' : ''}kesimpulan/`;
      const page = pageRecord({ lang, siteTitle, pageTitle: 'Conclusions and implications', url: pageUrl });
      const pageTitles = (await styleTitles(page, lang))!;
      const data: CiteTemplates = {
        slots: PAGE_SLOTS, close: 'Close', placeholder: '[date accessed]',
        styles: await Promise.all(citeStyles.map(async (style) => {
          const s = (await pageSlots(page, style, lang))!;
          return { key: `${lang}/${style}`, label: style, before: s.template.before, after: s.template.after };
        })),
      };
      const want = await Promise.all(citeStyles.map(async (style) => citationHtml(await formatPageItem(page, style, lang), `${lang}/${style}`, '[date accessed]')));
      expect(sectionCitations(data, pageTitles, pageUrl)).toEqual(want);
    });
  }

  for (const lang of ['id', 'en'] as const) {
    it(`the language's templates file holds the templates the build fills for a page of the site (${lang})`, async () => {
      const page = pageRecord({ lang, siteTitle: t(lang, 'site.title'), pageTitle: 'Temuan', url: '/temuan/' });
      const file = await citeTemplates(lang);
      expect(file.styles.map((s) => s.key)).toEqual(citeStyles.map((style) => `${lang}/${style}`));
      for (const [i, style] of citeStyles.entries()) {
        const { template } = (await pageSlots(page, style, lang))!;
        expect([file.styles[i].before, file.styles[i].after], style).toEqual([template.before, template.after]);
      }
    });
  }

  it('gives up (null) when a style has no usable template', () => {
    const data: CiteTemplates = { slots: PAGE_SLOTS, close: '', placeholder: '', styles: [{ key: 'id/apa', label: 'APA', before: null, after: null }] };
    expect(sectionCitations(data, ['T'], '/x/#a')).toBeNull();
  });
});
