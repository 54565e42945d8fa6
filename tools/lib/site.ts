/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFilesUnder } from '../../src/lib/files.ts';
import { pageRegistry, type PageKind as RegistryKind, type PageRegistry, type RegisteredPage } from '../../src/lib/pages.ts';
import { pagePath, parsePagePath } from '../../src/lib/paths.ts';
import type { Lang } from '../../src/lib/i18n.ts';

export const root = process.cwd();

export function requireBuilt(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${relative(root, dir)}/index.html is missing: run "npm run build" first (npm test does it for you)`);
  }
}

/** Every HTML file under dir, as site paths ("/", "/en/abstrak/"), sorted. */
export function htmlPages(dir: string): string[] {
  return htmlFilesUnder(dir, ['pagefind']).map((rel) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`).sort();
}

export function readPage(dir: string, path: string): Document {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return parseHTML(readFileSync(join(dir, file), 'utf8')).document as unknown as Document;
}

/**
 * What a built page is, read from its HTML: a redirect page (a meta refresh, written for
 * the anchor registry's moved addresses), the bilingual not-found page (`data-not-found`),
 * the search page (`data-search-page`: a tool, not a text to cite), a chart's embed page
 * (`data-chart-embed`: one figure for other sites' iframes), or a content page
 * (everything else: the pages a reader cites, navigates and searches).
 */
export type PageKind = 'content' | 'embed' | 'not-found' | 'redirect' | 'search';

export function pageKind(doc: Document): PageKind {
  if (doc.querySelector('meta[http-equiv="refresh" i]')) return 'redirect';
  if (doc.querySelector('[data-not-found]')) return 'not-found';
  if (doc.querySelector('[data-search-page]')) return 'search';
  if (doc.querySelector('[data-chart-embed]')) return 'embed';
  return 'content';
}

/** Built pages of one kind, as site paths, sorted. */
export function pagesOfKind(dir: string, kind: PageKind): string[] {
  return htmlPages(dir).filter((path) => pageKind(readPage(dir, path)) === kind);
}

/** The content pages: every built page except the 404 page, redirect pages and the search page. */
export function contentPages(dir: string): string[] {
  return pagesOfKind(dir, 'content');
}

/**
 * The registry kind (src/lib/pages.ts) of a built page by its site path ("/en/search/" →
 * "search", "/grafik/embed/matrix/" → "charts"), read from src/generated/pages.json;
 * undefined for a page outside the registry (404, redirects).
 */
export function registryKindOf(path: string, base = '/'): RegistryKind | undefined {
  const rel = path.startsWith(base) ? path.slice(base.length) : path;
  return siteRegistry().find(parsePagePath(rel).slug.split('/')[0]);
}

/** The site path of the one page of a kind in a language: kindPath('references', 'en') → "/en/pustaka/". */
export function kindPath(kind: RegistryKind, lang: Lang = 'id', base = '/'): string {
  return pagePath(lang, siteRegistry().slugOf(kind), base);
}

/** The registry of the built site's pages (src/generated/pages.json). */
export function siteRegistry(): PageRegistry<RegisteredPage> {
  return (registry ??= pageRegistry(JSON.parse(readFileSync(join(root, 'src/generated/pages.json'), 'utf8')) as RegisteredPage[]));
}
let registry: PageRegistry<RegisteredPage> | undefined;
