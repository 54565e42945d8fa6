import type { Lang } from '../i18n.ts';
import { issuedDate, type Reference } from '../sources.ts';

/**
 * Inline author-date citations, APA-like: "(Woolcock, 2001)" or, in running text,
 * "Woolcock (2001)". Hand-written rather than citation-js because citeproc has no
 * narrative form and the Indonesian "t.t." needs no locale file; the references page
 * (src/lib/citation/bibliography.ts) uses citation-js.
 */
const NO_DATE: Record<Lang, string> = { id: 't.t.', en: 'n.d.' };
const AND: Record<Lang, string> = { id: 'dan', en: 'and' };

export type CiteForm = 'parenthetical' | 'narrative';

function names(ref: Reference): string[] {
  const list = (ref.author ?? []).map((a) => ('literal' in a ? a.literal : a.family));
  // A work without an author (a law) is cited by its title, as APA does.
  return list.length ? list : [ref.title];
}

export function citeAuthors(ref: Reference, lang: Lang, form: CiteForm): string {
  const list = names(ref);
  if (list.length === 1) return list[0];
  if (list.length === 2) return form === 'parenthetical' ? `${list[0]} & ${list[1]}` : `${list[0]} ${AND[lang]} ${list[1]}`;
  return `${list[0]} et al.`;
}

export function citeYear(ref: Reference, lang: Lang): string {
  return issuedDate(ref)?.slice(0, 4) ?? NO_DATE[lang];
}

export function inTextCitation(ref: Reference, lang: Lang, form: CiteForm = 'parenthetical'): string {
  const who = citeAuthors(ref, lang, form);
  const year = citeYear(ref, lang);
  return form === 'parenthetical' ? `(${who}, ${year})` : `${who} (${year})`;
}

/** Look a key up among the references, failing with the place that used an unknown one. */
export function findReference(key: string, references: Reference[], where: string): Reference {
  const ref = references.find((r) => r.id === key);
  if (!ref) throw new Error(`${where}: unknown reference key "${key}" (use a key of src/data/references.json)`);
  return ref;
}
