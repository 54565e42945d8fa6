/**
 * A page or section of this web edition as a CSL record, and the shapes its citation takes: a
 * page template per style and language (a webpage citation with slot tokens for the title and URL,
 * made once by citeproc in ./formats.ts `pageTemplate`), what the citeproc.json loader works out
 * ahead for the site's own titles (`TemplateTitles`), and which records a template reproduces.
 * Free of citeproc: the pages (./page.ts), the loaders and ./formats.ts share it.
 */
import type { Lang } from '../i18n.ts';
import { fillSlots } from './slots.ts';

export const citeStyles = ['apa', 'chicago-author-date', 'modern-language-association'] as const;
export type CiteStyle = (typeof citeStyles)[number];

export interface CslItem {
  id: string;
  type: string;
  title: string;
  [key: string]: unknown;
}

/** A formatted citation split around the accessed-date slot (`after` is null when the style prints no accessed date). */
export interface SlottedCitation {
  before: string;
  after: string | null;
}

export interface PageCitationInput {
  lang: Lang;
  siteTitle: string;
  pageTitle: string;
  /** Heading text of the section, when citing a section. */
  sectionTitle?: string;
  /** Absolute URL (or site path when no SITE_URL is set), with #id for a section. */
  url: string;
}

/** A page or section of this web edition: a webpage without a stated author or date. */
export function pageRecord(input: PageCitationInput): CslItem {
  const title = input.sectionTitle ? `${input.pageTitle}: ${input.sectionTitle}` : input.pageTitle;
  return { id: 'page', type: 'webpage', title, 'container-title': input.siteTitle, language: input.lang, URL: input.url };
}

/**
 * What citeproc says about given page titles for one style, language and site, worked out before
 * rendering by the citeproc.json loader (scripts/citeproc.json.ts) for every page and section title
 * of the site, keyed by the title as the record holds it:
 * - `titles`: the title as the style writes it into its template (title-cased), when it does;
 * - `citations`: for a title no template reproduces (./page.ts), the record's citation with the URL
 *   slot token in place of its URL (null: the URL did not come out once, so only the record itself can be formatted).
 */
export interface TemplateTitles {
  siteTitle: string;
  titles?: Record<string, string>;
  citations?: Record<string, SlottedCitation | null>;
}
export type PageTitles = Partial<Record<Lang, Partial<Record<CiteStyle, TemplateTitles>>>>;

/**
 * A webpage citation has the same shape on every page of one language: only its title and
 * URL change. A template is that citation formatted once, with slot tokens for the title and
 * URL (and the accessed-date split done once); ./page.ts `formatPageItem` fills it in per page.
 * `titleCase` says whether the style title-cases the title for this language (Chicago and MLA
 * in English do), `null` when the probe found no usable slot (then every page goes through
 * citeproc). The build's templates also carry the loader's `titles` and `citations` (./page.ts `withTitles`).
 */
export interface PageTemplate extends SlottedCitation {
  siteTitle: string;
  titleCase: boolean | null;
  titles?: TemplateTitles['titles'];
  citations?: TemplateTitles['citations'];
}
export type PageTemplates = Partial<Record<Lang, Partial<Record<CiteStyle, PageTemplate>>>>;

export const TITLE_SLOT = 'QQTITLESLOTQQ';
export const URL_SLOT = 'QQURLSLOTQQ';
/** The slot tokens of a page template, for the browser that fills a section's citation in (src/client/section-cite.ts). */
export const PAGE_SLOTS = { title: TITLE_SLOT, url: URL_SLOT } as const;

/** How often a token occurs in a text. */
export const countOf = (text: string, token: string): number => text.split(token).length - 1;

/** A slotted citation with each slot token replaced by its text. */
export function filledCitation(c: SlottedCitation, slots: [token: string, text: string][]): SlottedCitation {
  return { before: fillSlots(c.before, slots), after: c.after === null ? null : fillSlots(c.after, slots) };
}

/** A title citeproc writes as it is (after its title case): no quotes or markup to flip, no end punctuation to merge, no whitespace to trim. */
const PLAIN_TITLE = /^(?!.* {2})[^\s"'‘’“”«»‹›<>`*_\\[\]{}](?:[^\n\t"'‘’“”«»‹›<>`*_\\[\]{}]*[^\s"'‘’“”«»‹›<>`*_\\[\]{}.?!:;,])?$/u;
const PLAIN_URL = /^[^\s"'<>`]+$/;
const PAGE_KEYS = ['id', 'type', 'title', 'container-title', 'language', 'URL'].sort().join();

/** The record's URL if it is a page record (`pageRecord`'s shape) with a plain URL, else null. */
export function plainPageUrl(item: CslItem): string | null {
  const { URL: url } = item as CslItem & { URL?: unknown };
  return item.type === 'webpage' && Object.keys(item).sort().join() === PAGE_KEYS && typeof url === 'string' && PLAIN_URL.test(url) ? url : null;
}

/**
 * What a page template for `lang` takes from the record as it is (a page record in that language
 * with a plain title and URL), or null when no template reproduces the record (then citeproc
 * formats it, with the URL slot when the URL is plain: `plainPageUrl`).
 */
export function templateFields(item: CslItem, lang: Lang): { title: string; url: string; siteTitle: string } | null {
  const { title, language, 'container-title': siteTitle } = item as CslItem & Record<'language' | 'container-title', unknown>;
  const url = plainPageUrl(item);
  return url !== null && language === lang && typeof siteTitle === 'string' && PLAIN_TITLE.test(title) ? { title, url, siteTitle } : null;
}
