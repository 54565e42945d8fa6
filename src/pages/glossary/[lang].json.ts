/** Each language's glossary definitions for the term cards: /glossary/id.json, /glossary/en.json (src/lib/card-terms.ts). */
import glossary from '../../generated/glossary.json';
import { languages, type Lang } from '../../lib/i18n.ts';
import { cardTerms } from '../../lib/card-terms.ts';

export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export function GET({ params }: { params: { lang: Lang } }): Response {
  return new Response(JSON.stringify(cardTerms(glossary, params.lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
