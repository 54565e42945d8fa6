/**
 * The anchors a built site publishes: per page, every element in <main> whose id has a
 * link to itself (section headings' anchor links, the abstract's sentence numbers), that
 * both languages carry. Keys "abstrak#record"; the home page's are "#id".
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { parsePagePath } from '../../src/lib/paths.ts';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) { if (name !== 'pagefind' && name !== '_astro') walk(full); } else if (name === 'index.html') out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Self-linked ids per page and language: Map<"en"|"id", Map<slug, Set<id>>>. */
export function selfLinkedIds(dist: string): Map<string, Map<string, Set<string>>> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run "npm run build" first`);
  const out = new Map<string, Map<string, Set<string>>>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (/http-equiv="refresh"/i.test(html)) continue; // a redirect page publishes nothing
    const { document } = parseHTML(html);
    const main = document.querySelector('main');
    if (!main) continue;
    const { lang, slug } = parsePagePath(relative(dist, file).split(sep).join('/').replace(/index\.html$/, ''));
    const ids = new Set<string>();
    for (const link of main.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      if (id && document.getElementById(id)) ids.add(id);
    }
    if (!out.has(lang)) out.set(lang, new Map());
    out.get(lang)!.set(slug, ids);
  }
  return out;
}

export function publishedAnchors(dist: string): Set<string> {
  const perLang = [...selfLinkedIds(dist).values()];
  const [first, ...rest] = perLang;
  const out = new Set<string>();
  for (const [slug, ids] of first ?? []) {
    for (const id of ids) if (rest.every((m) => m.get(slug)?.has(id))) out.add(`${slug}#${id}`);
  }
  return out;
}
