/**
 * Builds the site under a sub-path (BASE_PATH=/skripsi/, as on a university server) and
 * checks that every internal link, stylesheet, script and icon resolves to a built file,
 * and that every #fragment exists on its target page.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, root } from '../../tools/lib/site.ts';
import { checkLinks } from '../support/links.ts';
import { siteBuild } from '../support/build.ts';
import { citeTemplatesPath, sectionCitations, type CiteTemplates, type PageCiteData } from '../../src/lib/citation/section.ts';

const BASE = '/skripsi/';
const outDir = join(root, 'dist-base');

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  siteBuild(outDir, { BASE_PATH: BASE, SITE_URL: 'http://site.test' });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`a build under ${BASE}`, () => {
  it('has every page of the root build', () => {
    const pages = htmlPages(outDir);
    expect(pages).toEqual(htmlPages(join(root, 'dist')).filter((p) => !p.startsWith('/pagefind')));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('has no broken internal link, asset or fragment', () => {
    const { broken, checked } = checkLinks(outDir, BASE);
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

  it('gives the landing page an absolute citation_abstract_html_url and section citations (built in the browser) absolute URLs', () => {
    const doc = readPage(outDir, '/abstrak/');
    expect(doc.querySelector('meta[name="citation_abstract_html_url"]')?.getAttribute('content')).toBe(`http://site.test${BASE}abstrak/`);
    // Section citations are filled in in the browser from the page's data block and the heading (src/lib/citation/section.ts).
    const data = JSON.parse(doc.querySelector('script[data-section-cite-data]')!.textContent!) as PageCiteData;
    expect(data.url).toBe(`http://site.test${BASE}abstrak/`);
    // The templates file lives under the base, where the browser asks for it.
    const templates = JSON.parse(readFileSync(join(outDir, citeTemplatesPath('id', BASE).slice(BASE.length)), 'utf8')) as CiteTemplates;
    const heading = doc.querySelector('#record')!.parentElement!;
    const titles = heading.hasAttribute('data-cite-titles') ? JSON.parse(heading.getAttribute('data-cite-titles')!) : [heading.getAttribute('data-cite-title')!];
    for (const html of sectionCitations(templates, titles, new URL('#record', data.url).href)!) expect(html).toContain(`http://site.test${BASE}abstrak/#record`);
  });
});

