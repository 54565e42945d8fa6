/** Each language's page citation templates for the browser: /kutip/templates.id.json, /kutip/templates.en.json (src/lib/citation/templates-file.ts). */
import { languages, type Lang } from '../../lib/i18n.ts';
import { citeTemplates } from '../../lib/citation/templates-file.ts';
import type { PageTemplates } from '../../lib/citation/page-record.ts';
import citation from '../../generated/citation.json';

export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export async function GET({ params }: { params: { lang: Lang } }): Promise<Response> {
  return new Response(JSON.stringify(await citeTemplates(params.lang, citation.pageTemplates as PageTemplates)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
