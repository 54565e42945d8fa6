/**
 * Link checking over a built site: every internal link, stylesheet, script, icon and
 * image must resolve to a built file, and every #fragment must exist on its target page.
 * External links are collected (for a report), never fetched.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, readPage } from '../../tools/lib/site.ts';

export interface LinkReport {
  /** "page: ref reason", one per broken internal reference. */
  broken: string[];
  /** External URL -> pages linking to it, sorted. */
  external: Map<string, string[]>;
  /** Internal references checked. */
  checked: number;
}

const ORIGIN = 'http://site.test';

/** The built file a same-origin URL resolves to under base, or null. */
export function resolveTarget(outDir: string, base: string, url: URL): string | null {
  if (!url.pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(url.pathname.slice(base.length));
  const file = rel === '' || rel.endsWith('/') ? join(outDir, rel, 'index.html') : join(outDir, rel);
  return existsSync(file) ? file : null;
}

/** Every URL-bearing attribute a reader or the browser follows. */
function references(doc: Document): string[] {
  const refs: string[] = [];
  for (const el of doc.querySelectorAll('a[href], link[href], area[href]')) refs.push(el.getAttribute('href')!);
  for (const el of doc.querySelectorAll('script[src], img[src], source[src], iframe[src], audio[src], video[src]')) refs.push(el.getAttribute('src')!);
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push(url);
    }
  }
  for (const el of doc.querySelectorAll('form[action]')) refs.push(el.getAttribute('action')!);
  return refs;
}

export function checkLinks(outDir: string, base = '/'): LinkReport {
  const broken: string[] = [];
  const external = new Map<string, Set<string>>();
  const docs = new Map<string, Document>();
  const load = (path: string) => {
    if (!docs.has(path)) docs.set(path, readPage(outDir, path));
    return docs.get(path)!;
  };
  let checked = 0;
  for (const path of htmlPages(outDir)) {
    const doc = load(path);
    const pageUrl = new URL(`${ORIGIN}${base}${path.slice(1)}`);
    for (const ref of references(doc)) {
      let url: URL;
      try {
        url = new URL(ref, pageUrl);
      } catch {
        broken.push(`${path}: ${ref} is not a valid URL`);
        continue;
      }
      if (url.origin !== ORIGIN) {
        if (['http:', 'https:'].includes(url.protocol)) {
          const pages = external.get(url.href) ?? new Set();
          external.set(url.href, pages.add(path));
        }
        continue; // mailto:, tel:, data: and external links are not fetched
      }
      checked++;
      const file = resolveTarget(outDir, base, url);
      if (!file) {
        broken.push(`${path}: ${ref} does not resolve to a built file under ${base}`);
        continue;
      }
      if (url.hash && url.hash !== '#' && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const targetPath = `/${file.slice(outDir.length + 1).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
        if (!load(targetPath).getElementById(id)) broken.push(`${path}: ${ref} has no element with id "${id}" on ${targetPath}`);
      }
    }
  }
  const sortedExternal = new Map([...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => [url, [...pages].sort()]));
  return { broken, external: sortedExternal, checked };
}

/** A Markdown report of the external links, for a person to check by hand. */
export function externalLinksReport(report: LinkReport): string {
  const lines = ['# External links', '', `${report.external.size} external URLs; not fetched by the tests.`, ''];
  for (const [url, pages] of report.external) lines.push(`- ${url} (${pages.join(', ')})`);
  return `${lines.join('\n')}\n`;
}
