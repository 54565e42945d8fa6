import { Parser } from 'htmlparser2';
import { dateFormat, numberFormat, type Lang } from './i18n.ts';
import { kindTraits, pageRegistry, type PageKind, type RegisteredPage } from './pages.ts';

/**
 * Reading aids computed at build time: word count and reading time of a page's text,
 * the "updated" date, and the previous/next page in reading order. Numbers and dates
 * are formatted with Intl in the page's language (id-ID, en-GB).
 */

/** Words per minute for a reader of academic prose (a common rule of thumb). */
export const WORDS_PER_MINUTE = 200;

/**
 * The text a reader reads in an HTML fragment, the prose only: scripts, styles, tooltips,
 * hidden elements and the apparatus beside the prose (claim markers `.claim`, heading anchor
 * links, anything marked `data-not-prose`) left out, so they do not inflate the reading time.
 */
export function htmlToText(html: string): string {
  // A streaming parse (htmlparser2, no DOM): building a DOM of every page for its word count
  // was a sixth of the build's time at 10× content.
  const parts: string[] = [];
  let skipDepth = 0; // > 0 inside a left-out element, counting nested elements of any name
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 || SKIPPED_TAGS.has(name) || attrs.role === 'tooltip' || 'hidden' in attrs || 'data-not-prose' in attrs || notProse(attrs.class)) skipDepth++;
        else if (BLOCK_TAGS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (skipDepth > 0) skipDepth--;
        else if (BLOCK_TAGS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const SKIPPED_TAGS = new Set(['script', 'style', 'template']);
/** Not prose: claim markers (their source numbers and basis tags) and the heading anchors and cite controls beside a heading. */
const NOT_PROSE_CLASSES = ['claim', 'section-heading__anchor'];
const notProse = (classes: string | undefined) => !!classes && classes.split(/\s+/).some((c) => NOT_PROSE_CLASSES.includes(c));
/** Block boundaries separate words even where the markup has no white space between them. */
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}

/** "5 menit" / "5 minutes" (Intl unit formatting). */
export function formatMinutes(minutes: number, lang: Lang): string {
  return numberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** A commit date (ISO 8601 with offset) as a calendar date in the page's language, in UTC so builds agree. */
export function formatUpdated(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatUpdated: "${iso}" is not an ISO 8601 date`);
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The date part (YYYY-MM-DD, UTC) for a <time datetime>. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

export type OrderedPage = RegisteredPage;

const chapterLists = new WeakMap<readonly OrderedPage[], OrderedPage[]>();

/**
 * The chapters in reading order (by `order`, then slug): every page whose kind reads in order (src/lib/pages.ts).
 * Worked out once per page list (every page's header, pager and position ask for it; at 100×
 * content that was a sort of some 900 chapters several times per page). The list is shared: do not change it.
 */
export function chapters<T extends OrderedPage>(pages: readonly T[]): T[] {
  let list = chapterLists.get(pages);
  if (!list) chapterLists.set(pages, (list = pageRegistry(pages).chapters()));
  return list as T[];
}

/** The chapter before and after `slug` in reading order; none for a standalone page. */
export function neighbours<T extends OrderedPage>(pages: readonly T[], slug: string): { prev?: T; next?: T } {
  const list = chapters(pages);
  const i = list.findIndex((p) => p.slug === slug);
  if (i === -1) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}

/** Where a page sits in the report: its number among the chapters (1-based) and their count; undefined for a page that is not a chapter. */
export function reportPosition<T extends OrderedPage>(pages: readonly T[], slug: string): { n: number; total: number } | undefined {
  const list = chapters(pages);
  const i = list.findIndex((p) => p.slug === slug);
  return i === -1 ? undefined : { n: i + 1, total: list.length };
}

export interface TocHeading { depth: number; slug: string; text: string }
/** "On this page": the page's h2 and h3 headings; none when there is only one (a list of one entry guides nowhere). */
export function tocItems(headings: readonly TocHeading[]): TocHeading[] {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return items.length > 1 ? items : [];
}

/** The most chapters the header's report menu lists; a longer report's menu shows this many around the page. */
export const REPORT_MENU_MAX = 40;

/**
 * The chapters the report menu lists on a page: every one in a report of up to `max` chapters; in a longer
 * one, `max` consecutive chapters around the page's own (the first `max` for a page that is not a chapter),
 * and the menu links to the full list on the home page. A menu of every chapter on every page made each
 * page's HTML and build time grow with the report (at 100× content, some 900 links a page).
 */
export function reportMenu<T>(list: readonly T[], index: number, max = REPORT_MENU_MAX): { items: T[]; start: number; windowed: boolean } {
  if (list.length <= max) return { items: [...list], start: 0, windowed: false };
  const start = index < 0 ? 0 : Math.min(Math.max(0, index - Math.floor(max / 2)), list.length - max);
  return { items: list.slice(start, start + max), start, windowed: true };
}

/** Prose to read through shows a reading time; tools, tables and lists (charts, explorer, codebook, cite page, glossary, references) do not. */
export function showsReadingTime(kind: PageKind): boolean {
  return kindTraits[kind].prose;
}
