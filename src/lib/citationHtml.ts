/**
 * Turns formatted citations into the HTML the cite boxes show: the accessed-date slot
 * becomes a span the browser fills in (a placeholder without JavaScript), and a site path
 * used as URL (no SITE_URL set) becomes a span the browser makes absolute.
 */
import type { SlottedCitation } from './citation.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `key` names the accessed-date pattern ("en/apa") the browser uses for this slot. */
export function citationHtml(c: SlottedCitation, key: string, placeholder: string, relativeUrl?: string): string {
  let html = c.after === null ? c.before : `${c.before}<span data-accessed="${key}">${escapeHtml(placeholder)}</span>${c.after}`;
  if (relativeUrl) {
    const url = escapeHtml(relativeUrl);
    html = html.split(url).join(`<span data-cite-url="${url}">${url}</span>`);
  }
  return html;
}
