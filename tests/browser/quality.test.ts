/**
 * Quality gates in Chromium, on every built page:
 * - CSP: the page works under its <meta> policy and the `_headers` policy served as real
 *   HTTP headers (by `npm start`'s server), with no `securitypolicyviolation` event and no
 *   CSP console message; only chart embed pages may be framed.
 * - No JavaScript: with JS off, `main` shows the same text as with JS on, and the page keeps
 *   its navigation links, SVG charts, tables and cite boxes. Anything a script adds or
 *   reveals carries `data-js-only` and is left out of the comparison.
 * - Budgets (budgets.json, gzipped bytes): JS, CSS, longest HTML, font files, and no search
 *   file fetched before the reader opens search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, pagesOfKind, requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';
import { measurePage, type PageCost } from '../../tools/lib/measure.ts';
import { parsePagePath } from '../../src/lib/paths.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const pages = htmlPages(dist);
/** A redirect page leaves at once with JavaScript: there is no same page to compare without it. */
const redirects = new Set(pagesOfKind(dist, 'redirect'));
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

/** Chart embed pages: the only pages other sites may frame. */
const embeds = new Set(pagesOfKind(dist, 'embed'));

let site: Site;
let withJs: Browser;
let withoutJs: Browser;

beforeAll(async () => {
  site = await serveDist();
  withJs = await launchBrowser();
  withoutJs = await launchBrowser({ javaScriptEnabled: false });
  await withJs.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
});
afterAll(async () => {
  await withJs?.close();
  await withoutJs?.close();
  await site?.stop();
});

interface Reading {
  text: string;
  counts: Record<string, number>;
}

const COUNTED = {
  'navigation links': 'header a[href], nav a[href], footer a[href]',
  'SVG charts': 'main svg[role="img"], main figure svg',
  tables: 'main table',
  'cite boxes': 'main [data-cite]',
  headings: 'main h1, main h2, main h3',
};

async function read(page: Page): Promise<Reading> {
  return page.evaluate((counted) => {
    const strip = (root: Element) => {
      const clone = root.cloneNode(true) as Element;
      for (const el of clone.querySelectorAll('[data-js-only], noscript, script, style, template')) el.remove();
      // Text a script rewrites by design (today's date as the date accessed, a URL made absolute).
      for (const el of clone.querySelectorAll('[data-js-text]')) el.textContent = '';
      return clone;
    };
    const main = document.querySelector('main');
    // innerText needs layout; measure a stripped clone attached off-screen.
    const clone = main ? strip(main) : document.createElement('main');
    const holder = document.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    holder.style.cssText = 'position:absolute;left:-99999px;top:0;width:1000px';
    holder.append(clone);
    document.body.append(holder);
    const text = (clone as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    holder.remove();
    const counts: Record<string, number> = {};
    for (const [name, selector] of Object.entries(counted)) {
      counts[name] = [...document.querySelectorAll(selector)].filter((el) => !el.closest('[data-js-only], noscript')).length;
    }
    return { text, counts };
  }, COUNTED);
}

describe('Content-Security-Policy', () => {
  it.each(pages)('%s reports no CSP violation', async (path) => {
    const page = await withJs.context.newPage();
    const messages: string[] = [];
    page.on('console', (msg) => {
      if (/content security policy|Refused to/i.test(msg.text())) messages.push(`${msg.type()}: ${msg.text()}`);
    });
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    // The server sends dist/_headers as a static host would (tools/lib/static-server.ts).
    const headers = response!.headers();
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy']));
    expect(headers['content-security-policy']).toContain(embeds.has(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta, `${path}: no CSP <meta>`).toBeTruthy();
    expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await page.close();
    expect([...violations, ...messages], path).toEqual([]);
  });

  it('blocks an injected inline script (the policy is enforced, not just present)', async () => {
    const page = await withJs.context.newPage();
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(pages.filter((p) => !redirects.has(p)))('%s shows the same text, navigation, charts, tables and cite boxes', async (path) => {
    const on = await withJs.context.newPage();
    const off = await withoutJs.context.newPage();
    await on.goto(site.origin + path, { waitUntil: 'networkidle' });
    await off.goto(site.origin + path, { waitUntil: 'load' });
    const [a, b] = [await read(on), await read(off)];
    await on.close();
    await off.close();
    expect(b.text.length, `${path}: main has no text without JS`).toBeGreaterThan(50);
    expect(b.text, path).toBe(a.text);
    expect(b.counts, path).toEqual(a.counts);
  });
});

describe('budgets (budgets.json, gzipped bytes)', () => {
  const costs = new Map<string, PageCost>();
  beforeAll(async () => {
    for (const path of pages) costs.set(path, await measurePage(withJs.context, site.origin + path));
  });

  const slugOf = (path: string) => parsePagePath(path).slug.split('/')[0];

  it('JS per page: reading pages and interactive pages', () => {
    const over: string[] = [];
    for (const [path, cost] of costs) {
      const limit = budgets.js.interactive.includes(slugOf(path)) ? budgets.js.interactivePageGzipBytes : budgets.js.readingPageGzipBytes;
      if (cost.js.gzip > limit) over.push(`${path}: JS ${cost.js.gzip} B gzipped > ${limit} B`);
    }
    expect(over).toEqual([]);
  });

  it('search files on the search page stay under the first-load search budget', () => {
    const searchPages = [...costs].filter(([path]) => budgets.search.pageSlugs.includes(slugOf(path)));
    expect(searchPages.length).toBeGreaterThan(0);
    for (const [path, cost] of searchPages) expect(cost.search.gzip, path).toBeLessThanOrEqual(budgets.search.firstLoadGzipBytes);
  });

  it('CSS per page', () => {
    const over = [...costs].filter(([, c]) => c.css.gzip > budgets.css.pageGzipBytes).map(([p, c]) => `${p}: CSS ${c.css.gzip} B > ${budgets.css.pageGzipBytes} B`);
    expect(over).toEqual([]);
  });

  it('the longest HTML page', () => {
    const [path, cost] = [...costs].sort(([, a], [, b]) => b.html.gzip - a.html.gzip)[0];
    expect(cost.html.gzip, `longest page ${path}`).toBeLessThanOrEqual(budgets.html.longestPageGzipBytes);
    expect(cost.html.gzip).toBeGreaterThan(0);
  });

  it('at most one font file across the site', () => {
    const files = new Set([...costs.values()].flatMap((c) => c.fontFiles));
    expect(files.size, [...files].join(', ')).toBeLessThanOrEqual(budgets.fonts.maxFilesSiteWide);
  });

  it('no search file fetched before the reader opens search', () => {
    const early = [...costs]
      .filter(([path]) => !budgets.search.pageSlugs.includes(slugOf(path)))
      .flatMap(([path, cost]) => cost.requests.filter((u) => new URL(u).pathname.includes(budgets.search.pathPrefix)).map((u) => `${path}: ${u}`));
    expect(early).toEqual([]);
  });

  it('measures what it claims (every page fetched its HTML and stylesheet)', () => {
    for (const [path, cost] of costs) {
      expect(cost.html.raw, path).toBeGreaterThan(1000);
      expect(cost.css.raw, path).toBeGreaterThan(0);
      expect(cost.requests[0], path).toBe(site.origin + path);
    }
  });
});
