import { parseHTML } from 'linkedom';
import { locales, type Lang } from './i18n.ts';

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
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, template, [role="tooltip"], [hidden], [data-not-prose], .claim, .section-heading__anchor')) el.remove();
  // Block boundaries separate words even where the markup has no white space between them.
  for (const el of document.querySelectorAll('p, div, section, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, br')) el.after(' ');
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}

/** "5 menit" / "5 minutes" (Intl unit formatting). */
export function formatMinutes(minutes: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** A commit date (ISO 8601 with offset) as a calendar date in the page's language, in UTC so builds agree. */
export function formatUpdated(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatUpdated: "${iso}" is not an ISO 8601 date`);
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The date part (YYYY-MM-DD, UTC) for a <time datetime>. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

export interface OrderedPage {
  slug: string;
  order: number;
  titles: Record<string, string>;
}

/**
 * Pages that stand on their own and are not chapters of the report: they get no
 * previous/next links and are not printed in the whole-report PDF.
 */
export const STANDALONE_SLUGS: readonly string[] = ['ringkasan-kebijakan'];

/** The chapters in reading order (by `order`, then slug). */
export function chapters<T extends OrderedPage>(pages: readonly T[]): T[] {
  return pages.filter((p) => !STANDALONE_SLUGS.includes(p.slug)).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
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

/**
 * Pages that are tools, tables or lists rather than prose to read through (charts, explorer,
 * data and codebook, cite page, glossary, references, the claims ledger): they show no reading time.
 */
export const NON_PROSE_SLUGS: readonly string[] = ['grafik', 'jelajah', 'data', 'kutip', 'glosarium', 'pustaka', 'klaim'];

export function showsReadingTime(slug: string): boolean {
  return !NON_PROSE_SLUGS.includes(slug);
}
