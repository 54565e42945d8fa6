/**
 * Link previews over the built site: every page (all but the redirect pages) names its own
 * og:image, which exists in dist/, is a 1200 × 630 PNG under 300 KB, with og:url,
 * og:image:width/height/alt and twitter:card; a chart's own page shows the chart.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedCards, ogImageFile } from '../../src/integrations/og-images.ts';
import { chartPictures } from '../../src/integrations/chart-pictures.ts';
import loadedPages from '../../src/generated/pages.json' with { type: 'json' };
import { pngSize } from '../../src/lib/png.ts';
import { htmlPages, pageKind, readPage, requireBuilt, root } from '../../tools/lib/site.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const pages = htmlPages(dist).filter((p) => pageKind(readPage(dist, p)) !== 'redirect');
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? null;

describe('link previews', () => {
  it('every page names an og:image that exists, is 1200 × 630 and under 300 KB', () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const path of pages) {
      const doc = readPage(dist, path);
      const image = meta(doc, 'og:image');
      if (!image) { problems.push(`${path}: no og:image`); continue; }
      const file = ogImageFile(image, '/');
      if (!file || !existsSync(join(dist, file))) { problems.push(`${path}: og:image ${image} is not in dist/`); continue; }
      images.add(file);
      const png = readFileSync(join(dist, file));
      const { width, height } = pngSize(png);
      if (width !== 1200 || height !== 630) problems.push(`${path}: ${file} is ${width} × ${height}`);
      if (statSync(join(dist, file)).size >= 300_000) problems.push(`${path}: ${file} is ${png.length} bytes`);
      for (const [p, v] of [['og:image:width', '1200'], ['og:image:height', '630'], ['twitter:card', 'summary_large_image']]) {
        if (meta(doc, p) !== v) problems.push(`${path}: ${p} is ${meta(doc, p)}`);
      }
      if (!meta(doc, 'og:image:alt')?.trim()) problems.push(`${path}: no og:image:alt`);
    }
    expect(problems).toEqual([]);
    // One picture per page: no two pages share one.
    expect(images.size).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(20);
  });

  it('og:url is the canonical address (a page without one, the 404 page, has neither); without SITE_URL a site path, with it absolute', () => {
    for (const path of pages) {
      const doc = readPage(dist, path);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
      expect(meta(doc, 'og:url'), path).toBe(canonical);
      if (!canonical) { expect(pageKind(doc), path).toBe('not-found'); continue; }
      const url = canonical;
      if (process.env.SITE_URL) expect(url, path).toMatch(/^https?:\/\//);
      else expect(url, path).toMatch(/^\//);
    }
  });

  it('the pictures are different per language (the title in the page\'s language)', () => {
    const bytes = (path: string) => readFileSync(join(dist, ogImageFile(meta(readPage(dist, path), 'og:image')!, '/')!));
    expect(bytes('/abstrak/').equals(bytes('/en/abstrak/'))).toBe(false);
  });

  it('the cards drawn ahead (from the pages loader) are the built pages\' own, so none is drawn twice', () => {
    const expected = expectedCards(loadedPages);
    expect(expected.size).toBeGreaterThan(0);
    const built = new Map(pages.map((path) => {
      const doc = readPage(dist, path);
      return [ogImageFile(meta(doc, 'og:image') ?? '', '/'), { title: meta(doc, 'og:title'), siteName: meta(doc, 'og:site_name') }];
    }));
    const wrong: string[] = [];
    for (const [file, card] of expected) {
      const page = built.get(file);
      if (!page) wrong.push(`${file}: no built page names it`);
      else if (page.title !== card.title || page.siteName !== card.siteName) wrong.push(`${file}: drawn ahead as "${card.title}" / "${card.siteName}", the page says "${page.title}" / "${page.siteName}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('the charts\' pictures drawn ahead are the built site\'s own: each chart page\'s card, each SVG download and the PNG drawn from it', async () => {
    const pictures = await chartPictures();
    expect(pictures.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const p of pictures) {
      if (readFileSync(join(dist, p.svgPath), 'utf8') !== p.svgFile) wrong.push(`${p.svgPath}: not the SVG drawn ahead`);
      if (!readFileSync(join(dist, p.pngPath)).equals(Buffer.from(p.png))) wrong.push(`${p.pngPath}: not the PNG drawn ahead`);
      if (!readFileSync(join(dist, p.cardPath)).equals(Buffer.from(p.cardPng))) wrong.push(`${p.cardPath}: not the card drawn ahead`);
      const page = pages.find((path) => ogImageFile(meta(readPage(dist, path), 'og:image') ?? '', '/') === p.cardPath);
      if (!page) wrong.push(`${p.cardPath}: no page names it`);
      else if (meta(readPage(dist, page), 'og:title') !== p.card.title) wrong.push(`${page}: og:title is not the card's title "${p.card.title}"`);
    }
    expect(wrong).toEqual([]);
  });
});
