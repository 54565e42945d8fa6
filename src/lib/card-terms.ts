/**
 * The glossary's definitions for the term cards (src/client/cards.ts): one small JSON file per
 * language, { id: [term, definition] }, written by src/pages/glossary/[lang].json.ts and fetched
 * by the card script the first time a reader points at a term. So a definition lives in the
 * glossary and in this one cached file, not in every page that uses the term. Browser-safe.
 */
import type { GlossaryTerm } from './glossary.ts';
import type { Lang } from './i18n.ts';

export type CardTerms = Record<string, [string, string]>;

/** The file's address under the site's base. (Joined here, not with paths.ts' withBase: that module would bring its slug table into every page's card script.) */
export function cardTermsPath(lang: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}glossary/${lang}.json`;
}

export function cardTerms(glossary: readonly Pick<GlossaryTerm, 'id' | 'term' | 'definition'>[], lang: Lang): CardTerms {
  return Object.fromEntries(glossary.map((t) => [t.id, [t.term[lang], t.definition[lang]]]));
}
