/**
 * What citeproc says for the pages, worked out before rendering: the citeproc.json loader
 * (scripts/citeproc.json.ts) writes it to src/generated/citeproc.json, the pages read it. Making a
 * citeproc engine costs about 120 ms, and a build would otherwise make one per style and language
 * for a handful of calls. Whatever the file does not hold for the inputs a page has (an edit since
 * the loader ran, a title it did not see) is formatted by citeproc when the page renders: the
 * same output, only slower.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../i18n.ts';
import type { Reference } from '../sources.ts';
import type { BibliographyEntry } from './bibliography.ts';
import type { PageTitles } from './page-record.ts';

export interface CiteprocAhead {
  /** The references list per language (./bibliography.ts `formatBibliography`), and the key of the references it lists (`referencesKey`). */
  bibliography: { references: string; entries: Record<Lang, BibliographyEntry[]> };
  /** The site's page and section titles per language and style (./page-record.ts `TemplateTitles`; ./page.ts `withTitles`). */
  titles: PageTitles;
}

/** A key of the references as the sources loader lists them: the file's entries are for these only. */
export function referencesKey(references: Reference[]): string {
  return createHash('sha256').update(JSON.stringify(references)).digest('hex');
}

/** The references list (`formatBibliography`): the loader's when it lists these references, else citeproc's, made now. */
export async function referencesList(references: Reference[], lang: Lang, ahead?: CiteprocAhead['bibliography']): Promise<BibliographyEntry[]> {
  if (ahead && ahead.references === referencesKey(references) && ahead.entries[lang]) return ahead.entries[lang];
  return (await import('./bibliography.ts')).formatBibliography(references, lang);
}
