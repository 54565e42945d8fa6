/**
 * Builds the site under a sub-path (BASE_PATH=/skripsi/, as on a university server) and
 * checks that every internal link, stylesheet, script and icon resolves to a built file,
 * and that every #fragment exists on its target page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, root } from '../support/site.ts';

const BASE = '/skripsi/';
const outDir = join(root, 'dist-base');

function resolveTarget(url: URL): string | null {
  if (!url.pathname.startsWith(BASE)) return null;
  const rel = url.pathname.slice(BASE.length);
  const file = rel === '' || rel.endsWith('/') ? join(outDir, rel, 'index.html') : join(outDir, rel);
  return existsSync(file) ? file : null;
}

/** Vitest sets Vite's own variables (BASE_URL, MODE, …) in process.env; a child build must not inherit them. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key)) delete env[key];
  }
  return env;
}

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...cleanEnv(), BASE_PATH: BASE, SITE_URL: 'http://site.test', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE} failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`a build under ${BASE}`, () => {
  it('has every page of the root build', () => {
    const pages = htmlPages(outDir);
    expect(pages).toEqual(htmlPages(join(root, 'dist')).filter((p) => !p.startsWith('/pagefind')));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('has no broken internal link, asset or fragment', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of htmlPages(outDir)) {
      const doc = readPage(outDir, path);
      const pageUrl = new URL(`http://site.test${BASE}${path.slice(1)}`);
      const refs = [
        ...[...doc.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
        ...[...doc.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
      ];
      for (const ref of refs) {
        const url = new URL(ref, pageUrl);
        if (url.origin !== pageUrl.origin) continue; // external: listed by the link report, never fetched
        checked++;
        const file = resolveTarget(url);
        if (!file) {
          broken.push(`${path}: ${ref} does not resolve under ${BASE}`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const target = file === join(outDir, path.slice(1), 'index.html') ? doc : readPage(outDir, url.pathname.slice(BASE.length - 1));
          if (!target.getElementById(id)) broken.push(`${path}: ${ref} has no element with id "${id}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

describe(`with SITE_URL set (http://site.test${BASE})`, () => {
  it('writes a sitemap of every page in both languages with hreflang alternates, and robots.txt names it', () => {
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>http://site.test${BASE}sitemap-0.xml</loc>`);
    const map = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...map.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`http://site.test${BASE}abstrak/`);
    expect(locs).toContain(`http://site.test${BASE}en/abstrak/`);
    expect(locs.some((l) => /\/cite\/$/.test(l))).toBe(false);
    expect(map).toContain(`<xhtml:link rel="alternate" hreflang="en" href="http://site.test${BASE}en/abstrak/"/>`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: http://site.test${BASE}sitemap-index.xml`);
  });

  it('gives the landing page an absolute citation_abstract_html_url and section citations absolute URLs', () => {
    const doc = readPage(outDir, '/abstrak/');
    expect(doc.querySelector('meta[name="citation_abstract_html_url"]')?.getAttribute('content')).toBe(`http://site.test${BASE}abstrak/`);
    expect(doc.querySelector('#record')!.parentElement!.querySelector('.cite-list__text')?.textContent).toContain(`http://site.test${BASE}abstrak/#record`);
  });
});

