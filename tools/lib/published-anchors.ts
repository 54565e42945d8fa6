/**
 * The anchors a built site publishes: per content page, the ids `publishedIds` counts
 * (section headings, the abstract's self-linked sentence numbers) that both languages
 * carry. Keys "abstrak#record"; the home page's are "#id".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { parsePagePath } from '../../src/lib/paths.ts';
import { publishedIds } from '../../src/lib/anchors.ts';
import { htmlFilesUnder } from '../../src/lib/files.ts';

/** The pages (index.html files) under dir, as full paths. */
function htmlFiles(dir: string): string[] {
  return htmlFilesUnder(dir, ['pagefind', '_astro']).filter((rel) => rel === 'index.html' || rel.endsWith('/index.html')).map((rel) => join(dir, rel));
}

/** Published ids per page and language: Map<"en"|"id", Map<slug, Set<id>>>. */
export function anchorIdsByPage(dist: string): Map<string, Map<string, Set<string>>> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run "npm run build" first`);
  const out = new Map<string, Map<string, Set<string>>>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (/http-equiv="refresh"/i.test(html)) continue; // a redirect page publishes nothing
    const { document } = parseHTML(html);
    const main = document.querySelector('main');
    if (!main) continue;
    const { lang, slug } = parsePagePath(relative(dist, file).split(sep).join('/').replace(/index\.html$/, ''));
    const ids = publishedIds(main as unknown as Element);
    if (!out.has(lang)) out.set(lang, new Map());
    out.get(lang)!.set(slug, ids);
  }
  return out;
}

export function publishedAnchors(dist: string): Set<string> {
  const perLang = [...anchorIdsByPage(dist).values()];
  const [first, ...rest] = perLang;
  const out = new Set<string>();
  for (const [slug, ids] of first ?? []) {
    for (const id of ids) if (rest.every((m) => m.get(slug)?.has(id))) out.add(`${slug}#${id}`);
  }
  return out;
}
