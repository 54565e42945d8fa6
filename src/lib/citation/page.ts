/**
 * A page's or section's citation in each style, as the build writes it (the page cite box, every
 * section heading): the style's page template for the language and site (./page-record.ts), with
 * the title and URL filled in. The title as the style writes it (title case) and the citations of
 * titles no template reproduces come from what the citeproc.json loader worked out for every page
 * and heading of the site (`withTitles`), so rendering runs no citeproc. Anything that was not
 * worked out ahead (a title the loader did not see, another site title, no templates given) is
 * formatted by citeproc here, loaded only then: the same output, only slower.
 */
import type { Lang } from '../i18n.ts';
import { cslEscape } from './escape.ts';
import {
  citeStyles, filledCitation, plainPageUrl, templateFields, TITLE_SLOT, URL_SLOT,
  type CiteStyle, type CslItem, type PageTemplate, type PageTemplates, type PageTitles, type SlottedCitation,
} from './page-record.ts';

/** citeproc (through ./formats.ts), for what was not worked out ahead. */
const citeproc = () => import('./formats.ts');

/** A known entry of a loader's table (own keys only: a title may be any string). */
const known = <T>(table: Record<string, T> | undefined, key: string): T | undefined => (table && Object.hasOwn(table, key) ? table[key] : undefined);

/** The page templates (citation.json) with the titles the citeproc.json loader worked out for the same style, language and site. */
export function withTitles(templates: PageTemplates, titles: PageTitles): PageTemplates {
  const out: PageTemplates = {};
  for (const [lang, byStyle] of Object.entries(templates) as [Lang, PageTemplates[Lang]][]) {
    out[lang] = {};
    for (const [style, template] of Object.entries(byStyle ?? {}) as [CiteStyle, PageTemplate][]) {
      const ahead = titles[lang]?.[style];
      out[lang][style] = ahead && ahead.siteTitle === template.siteTitle ? { ...template, titles: ahead.titles, citations: ahead.citations } : template;
    }
  }
  return out;
}

/** The given template for the style, language and site, if any. */
function givenTemplate(style: CiteStyle, lang: Lang, siteTitle: unknown, given?: PageTemplates): PageTemplate | undefined {
  const ready = given?.[lang]?.[style];
  return ready && ready.siteTitle === siteTitle ? ready : undefined;
}

/** The title as the template's style writes it, when known without citeproc (undefined: citeproc must say). */
function knownTitle(title: string, template: PageTemplate): string | undefined {
  return template.titleCase ? known(template.titles, title) : title;
}

/** The citation with the URL slot of a page record no template reproduces, when worked out ahead (undefined: citeproc must say). */
function knownCitation(item: CslItem, style: CiteStyle, lang: Lang, given?: PageTemplates): SlottedCitation | null | undefined {
  const { title, 'container-title': siteTitle, language } = item as CslItem & Record<'language' | 'container-title', unknown>;
  return language === lang ? known(givenTemplate(style, lang, siteTitle, given)?.citations, title) : undefined;
}

/**
 * What `formatPageItem` (and `pageSlots`) would ask citeproc for this record, given these templates:
 * null when they hold all it needs; else its style's template, the title as the style writes it,
 * the citation with the URL slot of a title no template reproduces, or the whole record (a URL that
 * is not plain, or no URL slot). The citeproc.json loader works out what it names; the build's
 * checks ask it of every heading the site shows.
 */
export function citeprocNeeds(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): 'template' | 'title' | 'citation' | 'record' | null {
  const fields = templateFields(item, lang);
  if (fields) {
    const template = givenTemplate(style, lang, fields.siteTitle, templates);
    if (!template) return 'template';
    if (template.titleCase !== null) return knownTitle(fields.title, template) === undefined ? 'title' : null;
  }
  if (!plainPageUrl(item)) return 'record';
  const slotted = knownCitation(item, style, lang, templates);
  return slotted === undefined ? 'citation' : slotted === null ? 'record' : null;
}

async function templateFor(style: CiteStyle, lang: Lang, siteTitle: string, given?: PageTemplates): Promise<PageTemplate> {
  return givenTemplate(style, lang, siteTitle, given) ?? (await citeproc()).cachedPageTemplate(style, lang, siteTitle);
}

/** The title as the style writes it into its template. */
async function templateTitle(title: string, template: PageTemplate, style: CiteStyle, lang: Lang): Promise<string> {
  return knownTitle(title, template) ?? (await citeproc()).titleCase(title, style, lang);
}

/**
 * `formatCitation(item, style, lang)` (./formats.ts) for a page or section record (`pageRecord`),
 * without running citeproc per page: the style's template for the item's language and site title,
 * with the title and URL filled in. Anything the template cannot reproduce exactly (a title with
 * quotes, markup or end punctuation, a record of another shape) is citeproc's own citation.
 * `templates`: the build's (the citation.json loader's, `withTitles` the citeproc.json loader's);
 * what they lack is made here.
 */
export async function formatPageItem(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): Promise<SlottedCitation> {
  const filled = await pageSlots(item, style, lang, templates);
  if (filled) return filledCitation(filled.template, [[TITLE_SLOT, filled.title], [URL_SLOT, filled.url]]);
  // A page record with a plain URL: its citation with the URL slot (worked out ahead, or made once per title), the URL filled in.
  const url = plainPageUrl(item);
  if (url) {
    const ahead = knownCitation(item, style, lang, templates);
    const slotted = ahead !== undefined ? ahead : (await citeproc()).citationWithUrlSlot(item, style, lang);
    if (slotted) return filledCitation(slotted, [[URL_SLOT, cslEscape(url)]]);
  }
  return (await citeproc()).formatCitation(item, style, lang);
}

/** A style's page template for one language and site, or null when no template reproduces that site's pages (then citeproc does). */
export async function siteTemplate(style: CiteStyle, lang: Lang, siteTitle: string, templates?: PageTemplates): Promise<PageTemplate | null> {
  const template = await templateFor(style, lang, siteTitle, templates);
  return template.titleCase === null ? null : template;
}

/**
 * What `formatPageItem` puts into a template's slots for this item: the style's template and
 * the title and URL as the style writes them (title-cased where it does, escaped as citeproc
 * escapes), or null when the template cannot reproduce the item (then only citeproc can).
 */
export async function pageSlots(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): Promise<{ template: PageTemplate; title: string; url: string } | null> {
  const fields = templateFields(item, lang);
  const template = fields ? await templateFor(style, lang, fields.siteTitle, templates) : undefined;
  if (!fields || !template || template.titleCase === null) return null;
  return { template, title: cslEscape(await templateTitle(fields.title, template, style, lang)), url: cslEscape(fields.url) };
}

/**
 * The record's title as each style writes it into its page template (title-cased where the style does), or
 * undefined when some style has no template that reproduces it (then its citations come from citeproc).
 * A page's cite box and each section heading carry these for the browser (./section.ts).
 */
export async function styleTitles(item: CslItem, lang: Lang, templates?: PageTemplates): Promise<string[] | undefined> {
  const slots = await Promise.all(citeStyles.map((style) => pageSlots(item, style, lang, templates)));
  return slots.every((s) => s) ? slots.map((s) => s!.title) : undefined;
}
