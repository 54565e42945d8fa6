import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Lang } from './i18n.ts';
import type { Reference } from './sources.ts';

/**
 * The references list, formatted by citation-js (citeproc-js) in APA author-date style.
 * citation-js ships only the en-US locale; Indonesian uses a minimal id-ID locale kept in
 * src/data/csl/ (terms such as "t.t." and the month names), read from the project root at
 * build time (the bundled module has no stable path of its own); no request leaves the machine.
 */
const CSL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
let registered = false;

function registerIndonesian(): void {
  if (registered) return;
  const xml = readFileSync(join(process.cwd(), 'src/data/csl/locales-id-ID.xml'), 'utf8');
  (plugins.config.get('@csl') as { locales: { add(name: string, xml: string): void } }).locales.add('id-ID', xml);
  registered = true;
}

export interface BibliographyEntry {
  key: string;
  /** The formatted entry as HTML (citeproc escapes the data). */
  html: string;
}

/** Every reference, sorted as APA sorts them, each with its key for the #ref-<key> anchor. */
export function formatBibliography(references: Reference[], lang: Lang): BibliographyEntry[] {
  registerIndonesian();
  // The editors' bracketed descriptions are written in the page's language; citation-js gets plain CSL-JSON.
  const cite = new Cite(references.map(({ custom, ...ref }) => (custom ? { ...ref, title: custom.title[lang] } : ref)));
  const entries = cite.format('bibliography', { format: 'html', template: 'apa', lang: CSL_LOCALE[lang], asEntryArray: true }) as unknown as [string, string][];
  return entries.map(([key, html]) => ({
    key,
    // Drop citeproc's wrapper div; the page supplies its own list item with the anchor id.
    html: html.replace(/^\s*<div[^>]*>/, '').replace(/<\/div>\s*$/, '').trim(),
  }));
}
