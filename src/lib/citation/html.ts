/**
 * Turns formatted citations into the HTML the cite boxes show: the accessed-date slot
 * becomes a span the browser fills in (a placeholder without JavaScript), and a site path
 * used as URL (no SITE_URL set) becomes a span the browser makes absolute. Both spans carry
 * `data-js-text` (text a script rewrites), so the no-JavaScript test compares the rest.
 */
import type { SlottedCitation } from './page-record.ts';
import { escapeHtml } from '../html.ts';

export { escapeHtml };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wraps the URL where it stands as a word of the citation's text: never inside a tag
 * (a path like "/" also occurs in "</i>"), and never inside a longer word or URL.
 */
export function markUrl(html: string, url: string): string {
  const escaped = escapeHtml(url);
  const word = new RegExp(`(^|\\s)${escapeRegExp(escaped)}(?=$|\\s|[.,;:](?:$|\\s))`, 'g');
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(word, `$1<span data-cite-url="${escaped}" data-js-text="">${escaped}</span>`)))
    .join('');
}

/** `key` names the accessed-date pattern ("en/apa") the browser uses for this slot. */
export function citationHtml(c: SlottedCitation, key: string, placeholder: string, relativeUrl?: string): string {
  // Mark the URL in citeproc's own text first, so the markup inserted here is never searched.
  const mark = (html: string) => (relativeUrl ? markUrl(html, relativeUrl) : html);
  const before = mark(c.before);
  return c.after === null ? before : `${before}<span data-accessed="${key}" data-js-text="">${escapeHtml(placeholder)}</span>${mark(c.after)}`;
}
