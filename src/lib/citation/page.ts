/**
 * A page's or section's citation in each style, as the build writes it (the page cite box, every
 * section heading): the style's page template for the language and site (./page-record.ts), with
 * the title and URL filled in. citeproc (./formats.ts) is loaded only for what the templates cannot
 * give: the title as the style writes it where the style title-cases it, and the citation of a title
 * no template reproduces.
 */
import type { Lang } from '../i18n.ts';
import { cslEscape } from './escape.ts';
import {
  citeStyles, filledCitation, plainPageUrl, templateFields, TITLE_SLOT, URL_SLOT,
  type CiteStyle, type CslItem, type PageTemplate, type PageTemplates, type SlottedCitation,
} from './page-record.ts';

/** citeproc (through ./formats.ts), for what the templates cannot give. */
const citeproc = () => import('./formats.ts');

async function templateFor(style: CiteStyle, lang: Lang, siteTitle: string, given?: PageTemplates): Promise<PageTemplate> {
  const ready = given?.[lang]?.[style];
  if (ready && ready.siteTitle === siteTitle) return ready;
  return (await citeproc()).cachedPageTemplate(style, lang, siteTitle);
}

/** The title as the style writes it into its template. */
async function templateTitle(title: string, template: PageTemplate, style: CiteStyle, lang: Lang): Promise<string> {
  return template.titleCase ? (await citeproc()).titleCase(title, style, lang) : title;
}

/**
 * `formatCitation(item, style, lang)` (./formats.ts) for a page or section record (`pageRecord`),
 * without running citeproc per page: the style's template for the item's language and site title,
 * with the title and URL filled in. Anything the template cannot reproduce exactly (a title with
 * quotes, markup or end punctuation, a record of another shape) is citeproc's own citation.
 * `templates` are the ones the citation.json loader made; missing ones are made here.
 */
export async function formatPageItem(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): Promise<SlottedCitation> {
  const filled = await pageSlots(item, style, lang, templates);
  if (filled) return filledCitation(filled.template, [[TITLE_SLOT, filled.title], [URL_SLOT, filled.url]]);
  // A page record with a plain URL: its citation with the URL slot (made once per title), the URL filled in.
  const url = plainPageUrl(item);
  if (url) {
    const slotted = (await citeproc()).citationWithUrlSlot(item, style, lang);
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
