/**
 * Citations of the study and of this web edition, generated from CSL-JSON records with
 * citation-js (citeproc-js inside) rather than hand-written formatters. Runs at build
 * time only; the browser receives finished strings.
 *
 * The date accessed is the one part a build cannot know. Every formatted citation is
 * made twice with two far-apart sentinel dates; the part that differs is the accessed
 * date as the style writes it, and becomes a slot the browser fills with today's date
 * (see `accessedPatterns`) and that, without JavaScript, reads "[date accessed]".
 *
 * The data loaders call it; rendering a page does not load it (its citeproc engines cost about
 * 120 ms each to make) unless something was not worked out ahead (./page.ts, ./ahead.ts).
 */
import { Cite } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Lang } from '../i18n.ts';
import type { Study } from '../schemas.ts';
import { csl, cslLocales } from './csl.ts';
import { countOf, pageRecord, TITLE_SLOT, URL_SLOT, type CiteStyle, type CslItem, type PageTemplate, type SlottedCitation } from './page-record.ts';
export { fillAccessed } from './dates.ts';

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

const SENTINELS = [
  [2099, 11, 30],
  [1988, 5, 7],
] as const;

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
 * The style's page template for a language and site (./page-record.ts `PageTemplate`): a page
 * record with slot tokens for title and URL, formatted once, and a probe telling whether the style
 * title-cases the title.
 */
export function pageTemplate(style: CiteStyle, lang: Lang, siteTitle: string): PageTemplate {
  const record = (pageTitle: string) => pageRecord({ lang, siteTitle, pageTitle, url: URL_SLOT });
  const slotted = formatCitation(record(TITLE_SLOT), style, lang);
  const probe = bibliography(record('zq qz'), style, lang, 'html', SENTINELS[0]);
  const whole = slotted.before + (slotted.after ?? '');
  const usable = countOf(whole, TITLE_SLOT) === 1 && countOf(whole, URL_SLOT) === 1;
  const titleCase = !usable ? null : probe.includes('Zq Qz') ? true : probe.includes('zq qz') ? false : null;
  return { ...slotted, siteTitle, titleCase };
}

/* What the pages fall back on (./page.ts) for what neither the citation.json nor the citeproc.json loader made, each made once. */

const templateCache = new Map<string, PageTemplate>();
/** `pageTemplate`, made once per style, language and site. */
export function cachedPageTemplate(style: CiteStyle, lang: Lang, siteTitle: string): PageTemplate {
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
export function titleCase(title: string, style: CiteStyle, lang: Lang): string {
  const key = `${style}|${lang}`;
  let engine = titleEngines.get(key);
  if (!engine) titleEngines.set(key, (engine = csl.engine([], style, cslLocales[lang], 'html')));
  return CSL.Output.Formatters.title(engine, title);
}

/**
 * A page record (`pageRecord`'s shape) whose title no template reproduces (quotes, end punctuation),
 * formatted by citeproc with the URL slot token in place of its URL, so each page's URL is filled in
 * as the templates fill it (a chapter's hundred copies at scale share one run); made once per title,
 * site, style and language. Null when the token does not come out exactly once (then only the record
 * itself can be formatted).
 */
const urlSlotCache = new Map<string, SlottedCitation | null>();
export function citationWithUrlSlot(item: CslItem, style: CiteStyle, lang: Lang): SlottedCitation | null {
  const key = JSON.stringify([style, lang, item.title, item['container-title' as keyof CslItem], (item as { language?: unknown }).language]);
  let slotted = urlSlotCache.get(key);
  if (slotted === undefined) {
    const out = formatCitation({ ...item, URL: URL_SLOT } as CslItem, style, lang);
    slotted = countOf(out.before + (out.after ?? ''), URL_SLOT) === 1 ? out : null;
    urlSlotCache.set(key, slotted);
  }
  return slotted;
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
