/**
 * Citations of the study and of this web edition, generated from CSL-JSON records with
 * citation-js (citeproc-js inside) rather than hand-written formatters. Runs at build
 * time only; the browser receives finished strings.
 *
 * The date accessed is the one part a build cannot know. Every formatted citation is
 * made twice with two far-apart sentinel dates; the part that differs is the accessed
 * date as the style writes it, and becomes a slot the browser fills with today's date
 * (see `accessedPatterns`) and that, without JavaScript, reads "[date accessed]".
 */
import { Cite } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Lang } from '../i18n.ts';
import type { Study } from '../schemas.ts';
import { csl, cslLocales } from './csl.ts';
import { cslEscape } from './escape.ts';
import { fillSlots } from './slots.ts';
export { fillAccessed } from './dates.ts';

export const citeStyles = ['apa', 'chicago-author-date', 'modern-language-association'] as const;
export type CiteStyle = (typeof citeStyles)[number];

export interface CslItem {
  id: string;
  type: string;
  title: string;
  [key: string]: unknown;
}

/**
 * The study's one citation key, the same in every download (.bib key, RIS `ID`, CSL `id`
 * and `citation-key`) and on the site, so switching formats never gives "citation not found".
 * At most 20 characters, even with a year: the RIS `ID` tag holds no more (citation-js cuts it).
 */
export function studyKey(study: Study): string {
  return `Febriana${study.year ?? ''}Skripsi`;
}

/** The one CSL-JSON record of the study; every study format derives from it. `issued` only when the year is known. */
export function studyRecord(study: Study): CslItem {
  return {
    id: studyKey(study),
    'citation-key': studyKey(study),
    type: 'thesis',
    title: study.title,
    author: [{ family: study.author.family, given: study.author.given }],
    genre: study.genre,
    publisher: study.university,
    'publisher-place': study.city,
    language: study.language,
    URL: study.recordUrl,
    ...(study.year ? { issued: { 'date-parts': [[study.year]] } } : {}),
  };
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

const SENTINELS = [
  [2099, 11, 30],
  [1988, 5, 7],
] as const;

/** A formatted citation split around the accessed-date slot (`after` is null when the style prints no accessed date). */
export interface SlottedCitation {
  before: string;
  after: string | null;
}

function bibliography(item: CslItem, style: CiteStyle, lang: Lang, format: 'html' | 'text', accessed: readonly number[]): string {
  const out = new Cite({ ...item, accessed: { 'date-parts': [[...accessed]] } }).format('bibliography', { template: style, lang: cslLocales[lang], format });
  if (format === 'text') return out.trim();
  // citeproc wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>.
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out);
  if (!m) throw new Error(`citation: unexpected ${style} output: ${out}`);
  return m[1].trim();
}

/** Split two outputs that differ only in the accessed date into the common text around it. */
export function splitAround(a: string, b: string): { before: string; middleA: string; after: string } | null {
  if (a === b) return null;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { before: a.slice(0, p), middleA: a.slice(p, a.length - s), after: a.slice(a.length - s) };
}

export function formatCitation(item: CslItem, style: CiteStyle, lang: Lang, format: 'html' | 'text' = 'html'): SlottedCitation {
  const a = bibliography(item, style, lang, format, SENTINELS[0]);
  const b = bibliography(item, style, lang, format, SENTINELS[1]);
  const split = splitAround(a, b);
  return split ? { before: split.before, after: split.after } : { before: a, after: null };
}

/**
 * A webpage citation has the same shape on every page of one language: only its title and
 * URL change. A template is that citation formatted once, with slot tokens for the title and
 * URL (and the accessed-date split done once); `formatPageItem` fills it in per page.
 * `titleCase` says whether the style title-cases the title for this language (Chicago and MLA
 * in English do), `null` when the probe found no usable slot (then every page goes through
 * citeproc).
 */
export interface PageTemplate extends SlottedCitation {
  siteTitle: string;
  titleCase: boolean | null;
}
export type PageTemplates = Partial<Record<Lang, Partial<Record<CiteStyle, PageTemplate>>>>;

const TITLE_SLOT = 'QQTITLESLOTQQ';
const URL_SLOT = 'QQURLSLOTQQ';
const count = (text: string, token: string) => text.split(token).length - 1;

export function pageTemplate(style: CiteStyle, lang: Lang, siteTitle: string): PageTemplate {
  const record = (pageTitle: string) => pageRecord({ lang, siteTitle, pageTitle, url: URL_SLOT });
  const slotted = formatCitation(record(TITLE_SLOT), style, lang);
  const probe = bibliography(record('zq qz'), style, lang, 'html', SENTINELS[0]);
  const whole = slotted.before + (slotted.after ?? '');
  const usable = count(whole, TITLE_SLOT) === 1 && count(whole, URL_SLOT) === 1;
  const titleCase = !usable ? null : probe.includes('Zq Qz') ? true : probe.includes('zq qz') ? false : null;
  return { ...slotted, siteTitle, titleCase };
}

/** A title citeproc writes as it is (after its title case): no quotes or markup to flip, no end punctuation to merge, no whitespace to trim. */
const PLAIN_TITLE = /^(?!.* {2})[^\s"'‘’“”«»‹›<>`*_\\[\]{}](?:[^\n\t"'‘’“”«»‹›<>`*_\\[\]{}]*[^\s"'‘’“”«»‹›<>`*_\\[\]{}.?!:;,])?$/u;
const PLAIN_URL = /^[^\s"'<>`]+$/;

const templateCache = new Map<string, PageTemplate>();
function templateFor(style: CiteStyle, lang: Lang, siteTitle: string, given?: PageTemplates): PageTemplate {
  const ready = given?.[lang]?.[style];
  if (ready && ready.siteTitle === siteTitle) return ready;
  const key = `${style}|${lang}|${siteTitle}`;
  let template = templateCache.get(key);
  if (!template) templateCache.set(key, (template = pageTemplate(style, lang, siteTitle)));
  return template;
}

/**
 * citeproc's own title case, with one engine per style and language, made once: title-casing
 * reads only the engine's locale and style options, and making an engine (parsing the style)
 * per English page and style was most of a 100× build's citeproc time.
 */
const titleEngines = new Map<string, ReturnType<typeof csl.engine>>();
function titleCase(title: string, style: CiteStyle, lang: Lang): string {
  const key = `${style}|${lang}`;
  let engine = titleEngines.get(key);
  if (!engine) titleEngines.set(key, (engine = csl.engine([], style, cslLocales[lang], 'html')));
  return CSL.Output.Formatters.title(engine, title);
}

const PAGE_KEYS = ['id', 'type', 'title', 'container-title', 'language', 'URL'].sort().join();

/**
 * `formatCitation(item, style, lang)` for a page or section record (`pageRecord`), without
 * running citeproc per page: the style's template for the item's language and site title,
 * with the title and URL filled in. Anything the template cannot reproduce exactly (a title
 * with quotes, markup or end punctuation, a record of another shape) goes through citeproc.
 * `templates` are the ones the citation.json loader made; missing ones are made once here.
 */
export function formatPageItem(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): SlottedCitation {
  const filled = pageSlots(item, style, lang, templates);
  if (!filled) return formatWithUrlSlot(item, style, lang);
  return filledCitation(filled.template, [[TITLE_SLOT, filled.title], [URL_SLOT, filled.url]]);
}

/** A slotted citation with each slot token replaced by its text. */
function filledCitation(c: SlottedCitation, slots: [token: string, text: string][]): SlottedCitation {
  return { before: fillSlots(c.before, slots), after: c.after === null ? null : fillSlots(c.after, slots) };
}

/** The record's URL if it is a page record (`pageRecord`'s shape) with a plain URL, else null. */
function plainPageUrl(item: CslItem): string | null {
  const { URL: url } = item as CslItem & { URL?: unknown };
  return item.type === 'webpage' && Object.keys(item).sort().join() === PAGE_KEYS && typeof url === 'string' && PLAIN_URL.test(url) ? url : null;
}

/**
 * A page record whose title no template reproduces (quotes, end punctuation): citeproc formats
 * it once per title, site, style and language with the URL slot, and each page's URL is filled
 * in, as the templates fill it (a chapter's hundred copies at scale share one run). Any other
 * record, or a URL that is not plain, goes through citeproc as it is.
 */
const urlSlotCache = new Map<string, SlottedCitation | null>();
function formatWithUrlSlot(item: CslItem, style: CiteStyle, lang: Lang): SlottedCitation {
  const url = plainPageUrl(item);
  if (!url) return formatCitation(item, style, lang);
  const key = JSON.stringify([style, lang, item.title, item['container-title' as keyof CslItem], (item as { language?: unknown }).language]);
  let slotted = urlSlotCache.get(key);
  if (slotted === undefined) {
    const out = formatCitation({ ...item, URL: URL_SLOT } as CslItem, style, lang);
    slotted = count(out.before + (out.after ?? ''), URL_SLOT) === 1 ? out : null;
    urlSlotCache.set(key, slotted);
  }
  return slotted ? filledCitation(slotted, [[URL_SLOT, cslEscape(url)]]) : formatCitation(item, style, lang);
}

/** A style's page template for one language and site, or null when no template reproduces that site's pages (then citeproc does). */
export function siteTemplate(style: CiteStyle, lang: Lang, siteTitle: string, templates?: PageTemplates): PageTemplate | null {
  const template = templateFor(style, lang, siteTitle, templates);
  return template.titleCase === null ? null : template;
}

/** The slot tokens of a page template, for the browser that fills a section's citation in (src/client/section-cite.ts). */
export const PAGE_SLOTS = { title: TITLE_SLOT, url: URL_SLOT } as const;

/**
 * What `formatPageItem` puts into a template's slots for this item: the style's template and
 * the title and URL as the style writes them (title-cased where it does, escaped as citeproc
 * escapes), or null when the template cannot reproduce the item (then only citeproc can).
 */
export function pageSlots(item: CslItem, style: CiteStyle, lang: Lang, templates?: PageTemplates): { template: PageTemplate; title: string; url: string } | null {
  const { title, language, 'container-title': siteTitle } = item as CslItem & Record<'language' | 'container-title', unknown>;
  const url = plainPageUrl(item);
  const plain = url !== null && language === lang && typeof siteTitle === 'string' && PLAIN_TITLE.test(title);
  const template = plain ? templateFor(style, lang, siteTitle, templates) : undefined;
  if (!template || template.titleCase === null) return null;
  return { template, title: cslEscape(template.titleCase ? titleCase(title, style, lang) : title), url: cslEscape(url!) };
}

/**
 * The record's title as each style writes it into its page template (title-cased where the style does), or
 * undefined when some style has no template that reproduces it (then its citations come from citeproc).
 * A page's cite box and each section heading carry these for the browser (src/lib/citation/section.ts).
 */
export function styleTitles(item: CslItem, lang: Lang, templates?: PageTemplates): string[] | undefined {
  const slots = citeStyles.map((style) => pageSlots(item, style, lang, templates));
  return slots.every((s) => s) ? slots.map((s) => s!.title) : undefined;
}

/** The citation as plain text with the accessed date filled in (or a placeholder). */
export function citationText(item: CslItem, style: CiteStyle, lang: Lang, accessed: string): string {
  const c = formatCitation(item, style, lang, 'text');
  return c.after === null ? c.before : c.before + accessed + c.after;
}

/**
 * How each style writes an accessed date, per month: "{d} Nov. {y}" (MLA), "November {d}, {y}"
 * (APA, Chicago in English), "{d} November {y}" (Indonesian). Derived from citeproc output so
 * the browser can write today's date the way the style would, without a date library.
 */
export function accessedPatterns(style: CiteStyle, lang: Lang): string[] {
  const item: CslItem = { id: 'p', type: 'webpage', title: 'P', URL: 'https://example.org/' };
  const slot = splitAround(bibliography(item, style, lang, 'text', SENTINELS[0]), bibliography(item, style, lang, 'text', SENTINELS[1]));
  if (!slot) throw new Error(`citation: ${style} (${lang}) prints no accessed date`);
  return Array.from({ length: 12 }, (_, i) => {
    const text = bibliography(item, style, lang, 'text', [2099, i + 1, 30]);
    const date = text.slice(slot.before.length, text.length - slot.after.length);
    return date.replace('30', '{d}').replace('2099', '{y}');
  });
}

/**
 * The title kept as written: one pair of braces around the whole title, so BibTeX, biblatex
 * and pandoc print "dalam" lower-case instead of case-converting it as an English title.
 */
function protectTitle(bib: string, study: Study): string {
  return bib.replace(/^(\s*)title = \{.*\},$/m, `$1title = {{${study.title}}},`);
}

/**
 * BibLaTeX: `@thesis` with `type = {Skripsi}` (citation-js writes the genre as entrysubtype),
 * `langid = {indonesian}` (a babel/polyglossia name biblatex uses for hyphenation; a
 * `language = {id}` field would print a literal "id." in many styles).
 */
export function studyBiblatex(study: Study): string {
  const bib = new Cite(studyRecord(study)).format('biblatex').trim()
    .replace(/^(\s*)entrysubtype = /m, '$1type = ')
    .replace(/^(\s*)language = \{[^}]*\},$/m, '$1langid = {indonesian},');
  return `${protectTitle(bib, study)}\n`;
}

/**
 * Classic BibTeX, for styles that know no `@thesis` (plain, apalike, natbib's): a skripsi is
 * an undergraduate thesis, and `@mastersthesis` is the thesis type whose `type` field the
 * standard styles print in place of "Master's thesis", with `school` and `address`; so it
 * prints "Skripsi, Universitas Sebelas Maret, Surakarta". (`@misc`, citation-js's choice,
 * drops the school and the type; `@phdthesis` would claim a doctorate.) The language as
 * `langid = {indonesian}`, which classic styles skip as an unknown field and pandoc and
 * Zotero's importer read as "not English, do not recase"; no year while none is known.
 */
export function studyBibtex(study: Study): string {
  const bib = new Cite(studyRecord(study)).format('bibtex').trim()
    .replace(/^@\w+\{/, '@mastersthesis{')
    .replace(/^\s*language = \{[^}]*\},\n/m, '')
    .replace(/^(\s*)title = /m, '$1langid = {indonesian},\n$1title = ');
  return `${protectTitle(bib, study)}\n`;
}

/**
 * RIS (`TY  - THES`). citation-js maps the fields; we write the lines ourselves because its
 * writer wraps values at 70 characters, which breaks a long URL in two on reading back.
 */
export function studyRis(study: Study): string {
  const entries = new Cite(studyRecord(study)).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  return entries
    .map(({ TY, ...tags }) => [`TY  - ${TY}`, ...Object.entries(tags).flatMap(([tag, v]) => [v].flat().map((x) => `${tag}  - ${x}`)), 'ER  - '].join('\n'))
    .join('\n') + '\n';
}

export function studyCslJson(study: Study): string {
  return `${JSON.stringify([studyRecord(study)], null, 2)}\n`;
}

/** Parse BibTeX/biblatex or RIS text back into CSL-JSON (used by the round-trip tests). */
export function parseCitation(text: string): CslItem[] {
  return new Cite(text).data as CslItem[];
}
