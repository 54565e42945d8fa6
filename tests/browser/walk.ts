/**
 * The site walk: every built page, in both languages, loaded ONCE with JavaScript and ONCE
 * without, in headless Chromium, with every check that needs a page load made on that load:
 * - clean load: no console error, no failed request, no request to another origin, HTTP 200,
 *   a correct <html lang>;
 * - accessibility: axe against the WCAG 2.2 A/AA tags in the light scheme, then the colour
 *   rules again in the dark scheme (only colours differ between schemes), same page;
 * - CSP: the page works under its <meta> policy and the `_headers` policy served as real
 *   HTTP headers, with no `securitypolicyviolation` event and no CSP console message;
 * - no JavaScript: with JS off, `main` shows the same text as with JS on, and the page keeps
 *   its navigation links, SVG charts, tables and cite boxes. Anything a script adds or
 *   reveals carries `data-js-only` and is left out of the comparison;
 * - budgets (budgets.json, gzipped bytes), from the bytes the JS load fetched: JS, CSS,
 *   longest HTML, font files, and no search file fetched before the reader opens search.
 * A page added to the site is covered without touching this file.
 *
 * The walk is the longest suite, so it runs in parts (tests/browser/pages-*.test.ts, one call of
 * `walk` each): Vitest gives each file a worker, and the parts run beside each other and beside
 * the other suites. Part 1 also holds the few single-page checks that use the same browsers.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, pagesOfKind, readPage, registryKindOf, requireBuilt, root } from '../../tools/lib/site.ts';
import { WCAG_TAGS, axeOn, axeViolations, launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';
import { watchCost, type PageCost } from '../../tools/lib/measure.ts';
import { filesUnder } from '../../src/lib/files.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const allPages = htmlPages(dist);
/** A redirect page leaves at once with JavaScript: there is no same page to compare without it. */
const redirects = new Set(pagesOfKind(dist, 'redirect'));
export const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
/** The axe rules whose result depends on colours: all that can change in the dark scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Chart embed pages: the only pages other sites may frame. */
const embeds = new Set(pagesOfKind(dist, 'embed'));

/** Walk every `parts`-th page from `part` (0-based), with the checks above, then the budgets on those pages. */
export function walk(part: number, parts: number): void {
  const pages = allPages.filter((_, i) => i % parts === part);
  let site: Site;
  let browser: Browser;
  let withoutJs: Browser;
  const costs = new Map<string, PageCost>();
  let loads = 0;

  beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser();
    withoutJs = await launchBrowser({ javaScriptEnabled: false });
    await browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
  });
  afterAll(async () => {
    console.log(`site walk, part ${part + 1} of ${parts}: ${loads} page loads for ${pages.length} pages (one with JavaScript, one without, redirect pages with JavaScript only)`);
    await browser?.close();
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

  describe('every page, loaded once with JavaScript and once without', () => {
    it.each(pages)('%s', async (path) => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      const csp: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
        if (/content security policy|Refused to/i.test(msg.text())) csp.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) problems.push(`request to another origin: ${req.url()}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      const cost = watchCost(page);
      let light: string[], dark: string[], on: Reading | undefined;
      try {
        const response = await page.goto(site.origin + path, { waitUntil: 'load' });
        await cost.idle();
        loads++;
        expect(response?.status(), path).toBe(200);
        // The server sends dist/_headers as a static host would (tools/lib/static-server.ts).
        const headers = response!.headers();
        expect(Object.keys(headers)).toEqual(expect.arrayContaining(['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy']));
        expect(headers['content-security-policy']).toContain(embeds.has(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");
        costs.set(path, await cost.finish());
        const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(meta, `${path}: no CSP <meta>`).toBeTruthy();
        expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        const expectedLang = path.startsWith('/en/') ? 'en' : 'id';
        expect(await page.locator('html').getAttribute('lang')).toBe(expectedLang);
        light = await axeViolations(axeOn(page).withTags(WCAG_TAGS));
        await page.emulateMedia({ colorScheme: 'dark' });
        dark = await axeViolations(axeOn(page).withRules(COLOUR_RULES));
        await page.emulateMedia({ colorScheme: 'light' });
        if (!redirects.has(path)) on = await read(page);
        csp.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));
      } finally {
        await page.close();
      }
      expect(problems, `${path}: load`).toEqual([]);
      expect(csp, `${path}: CSP`).toEqual([]);
      expect(light, `${path}: axe (light)`).toEqual([]);
      expect(dark, `${path}: axe colour rules (dark)`).toEqual([]);
      if (!on) return;
      const off = await withoutJs.context.newPage();
      try {
        await off.goto(site.origin + path, { waitUntil: 'load' });
        loads++;
        const b = await read(off);
        expect(b.text.length, `${path}: main has no text without JS`).toBeGreaterThan(50);
        expect(b.text, `${path}: text without JS`).toBe(on.text);
        expect(b.counts, `${path}: without JS`).toEqual(on.counts);
      } finally {
        await off.close();
      }
    });
  });

  describe('budgets (budgets.json, gzipped bytes)', () => {
    // Measured during the walk above (the same page load); Vitest runs a file's tests in order.
    beforeAll(() => {
      expect(costs.size, 'the walk measured every page').toBe(pages.length);
    });

    const kindOf = (path: string) => registryKindOf(path) ?? 'none';

    it('JS per page: reading pages and interactive pages', () => {
      const over: string[] = [];
      for (const [path, cost] of costs) {
        const limit = budgets.js.interactiveKinds.includes(kindOf(path)) ? budgets.js.interactivePageGzipBytes : budgets.js.readingPageGzipBytes;
        if (cost.js.gzip > limit) over.push(`${path}: JS ${cost.js.gzip} B gzipped > ${limit} B`);
      }
      expect(over).toEqual([]);
    });

    it('search files on the search page stay under the first-load search budget', () => {
      const searchPages = [...costs].filter(([path]) => budgets.search.pageKinds.includes(kindOf(path)));
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

    it('at most one font file across the site (on these pages, and in the whole build)', () => {
      const files = new Set([...costs.values()].flatMap((c) => c.fontFiles));
      expect(files.size, [...files].join(', ')).toBeLessThanOrEqual(budgets.fonts.maxFilesSiteWide);
      // The parts each see some pages; the build's own font files bound what any page can load.
      const built = filesUnder(dist).filter((f) => /\.(woff2?|ttf|otf)$/.test(f) && !f.startsWith('pagefind/'));
      expect(built.length, built.join(', ')).toBeLessThanOrEqual(budgets.fonts.maxFilesSiteWide);
    });

    it('no search file fetched before the reader opens search', () => {
      const early = [...costs]
        .filter(([path]) => !budgets.search.pageKinds.includes(kindOf(path)))
        .flatMap(([path, cost]) => cost.requests.filter((u) => new URL(u).pathname.includes(budgets.search.pathPrefix)).map((u) => `${path}: ${u}`));
      expect(early).toEqual([]);
    });

    it('measures what it claims (every page fetched its HTML and stylesheet)', () => {
      for (const [path, cost] of costs) {
        // The bytes measured are the page's own file (the first document; a redirect page's target is not counted in).
        expect(cost.html.raw, path).toBe(statSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)).size);
        // A redirect page is a bare notice with no stylesheet; its target is measured as a page of its own.
        if (!readPage(dist, path).documentElement.hasAttribute('data-redirect-to')) expect(cost.css.raw, path).toBeGreaterThan(0);
        expect(cost.requests[0], path).toBe(site.origin + path);
      }
    });
  });

  if (part !== 0) return;
  it('the dark scheme really is dark when axe checks it (the colour check runs on the other palette)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lightBg = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).not.toBe(lightBg);
    } finally {
      await page.close();
    }
  });

  describe('language switch', () => {
    it('keeps the reader on the same page and the same #section', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}/abstrak/#record`);
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL(`${site.origin}/en/abstrak/#record`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('#record').count()).toBe(1);
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL(`${site.origin}/abstrak/#record`);
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      await page.close();
    });

    it('works by keyboard and without JavaScript it still reaches the other language', async () => {
      const noJs = await launchBrowser({ javaScriptEnabled: false });
      try {
        const page = await noJs.context.newPage();
        await page.goto(`${site.origin}/en/abstrak/`);
        await page.locator('a[data-lang-switch]').focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(`${site.origin}/abstrak/`);
        expect(await page.locator('h1').textContent()).toBe('Abstrak');
        // The full abstract text is in the HTML, not added by a script.
        expect(await page.locator('#s14').textContent()).toContain('bridging dan linking');
      } finally {
        await noJs.close();
      }
    });
  });

  describe('claim markers', () => {
    it('show their source in a card on keyboard focus and hide it on Escape', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}/en/`);
      const ref = page.locator('.claim__ref').first();
      const card = page.locator('#provenance-card');
      expect(await card.count()).toBe(0);
      await ref.focus();
      // The card script loads on the first focus (src/client/cards-lazy.ts).
      await page.waitForSelector('#provenance-card');
      expect(await card.textContent()).toContain('Stated by the source');
      expect(await ref.getAttribute('aria-describedby')).toBe('provenance-card');
      await page.keyboard.press('Escape');
      expect(await card.count()).toBe(0);
      await page.close();
    });
  });

  describe('glossary terms', () => {
    it('show their definition in a card on keyboard focus, hide it on Escape, and link to the glossary', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}/en/temuan/`);
      const link = page.locator('.term__link').first();
      const card = page.locator('#provenance-card');
      expect(await card.count()).toBe(0);
      await link.focus();
      await page.waitForSelector('#provenance-card');
      expect(await card.textContent()).toContain('rank-and-file member');
      await page.keyboard.press('Escape');
      expect(await card.count()).toBe(0);
      await link.hover();
      await page.mouse.move(0, 0);
      await link.hover();
      await expect(card.isVisible()).resolves.toBe(true);
      await link.click();
      await page.waitForURL(`${site.origin}/en/glosarium/#mikro`);
      await page.close();
    });
  });
}
