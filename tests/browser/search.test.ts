/**
 * The search interface in Chromium: the header dialog (opens with "/", keyboard-operable,
 * Escape closes it, Pagefind loads only on open), the search page (filters change results
 * and URL, the URL restores the state, the language switch keeps the query), and the
 * no-JavaScript fallback.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, useSite } from '../../tools/lib/browser.ts';
import { resultKeys, waitForResults } from '../support/search.ts';

requireBuilt(join(root, 'dist'));
const { site, browser } = useSite();

describe('the header search dialog', () => {
  it('costs reading pages under 5 KB of gzipped script (the search code loads on open)', () => {
    const doc = readPage(join(root, 'dist'), '/abstrak/');
    const srcs = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).filter((src) => src.includes('Header'));
    expect(srcs).toHaveLength(1);
    const bytes = gzipSync(readFileSync(join(root, 'dist', srcs[0]))).length;
    expect(bytes).toBeLessThan(5 * 1024);
    // Pagefind itself and the search UI are not referenced by the page.
    expect(doc.documentElement.outerHTML).not.toMatch(/pagefind\.js|search-ui/);
  });

  it('loads nothing from /pagefind/ until opened, opens with "/", lists results reachable by keyboard, closes with Escape', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (req) => requests.push(new URL(req.url()).pathname));
    await page.goto(`${site.origin}/en/abstrak/`, { waitUntil: 'load' });
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const dialog = page.locator('dialog[data-search-dialog]');
    // The dialog's markup is not in the page: it comes from the search page when the reader asks for it.
    expect(await dialog.count()).toBe(0);
    const searchPage = new URL(await page.locator('a[data-search-open]').getAttribute('href') ?? '', site.origin).pathname;
    expect(requests).not.toContain(searchPage);

    await page.keyboard.press('/');
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    expect(requests).toContain(searchPage);
    const input = dialog.locator('[data-search-input]');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('triangulation');
    await waitForResults(page, '.search--dialog');
    expect(requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    expect(await resultKeys(page, '.search--dialog')).toContain('en/abstrak#translation');
    // Excerpts are the text, not the headings' permanent-link signs (pagefind.yml).
    const excerpts = await page.locator('.search--dialog .search__excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => /(^|\s)#(\s|$)/.test(text))).toEqual([]);

    // Tab from the search box reaches the submit button, then the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('/en/metode/#triangulation');
    // The modal dialog keeps focus inside it: Tab cycling never lands on the page behind.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body);
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    // Focus returns to the header's search link.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'), null, { timeout: 5_000 });
    await page.close();
  });

  it('does not open while the reader types "/" in a text field', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('/');
    const input = page.locator('dialog[data-search-dialog] [data-search-input]');
    await input.fill('');
    await input.press('/');
    expect(await input.inputValue()).toBe('/');
    await page.close();
  });

  it('is a plain link to the search page without JavaScript, and that page says search needs JavaScript', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${site.origin}/abstrak/`);
      await page.locator('a[data-search-open]').click();
      await page.waitForURL(`${site.origin}/cari/`);
      const note = page.locator('[data-search-nojs]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('memerlukan JavaScript');
      expect(await note.locator('a').first().getAttribute('href')).toBe('/');
    } finally {
      await noJs.close();
    }
  });
});

describe('the search page', () => {
  it('restores query and filters from the URL, and a filter changes both results and URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/cari/?q=pemberdayaan`);
    await waitForResults(page);
    expect(await page.locator('.search--page [data-search-input]').inputValue()).toBe('pemberdayaan');
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
    const before = await resultKeys(page);
    expect(before).toEqual(expect.arrayContaining(['#in-brief', 'abstrak#original']));

    const chapterAbstract = page.locator('.search--page input[data-search-filter="chapter"][value="abstrak"]');
    // The filters are a closed disclosure until the reader opens it (or the URL has filters).
    await page.locator('.search--page [data-search-filter-box] > summary').click();
    await chapterAbstract.check();
    await page.waitForURL(/chapter=abstrak/);
    await page.waitForFunction(() => ![...document.querySelectorAll('.search--page .search__hit')].some((a) => a.getAttribute('href')?.startsWith('/#')));
    const after = await resultKeys(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((k) => k.startsWith('abstrak'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=pemberdayaan&chapter=abstrak');

    // Reloading the URL restores the same state.
    await page.reload();
    await waitForResults(page);
    expect(await page.locator('.search--page [data-search-input]').inputValue()).toBe('pemberdayaan');
    await page.waitForSelector('.search--page input[data-search-filter="chapter"][value="abstrak"]');
    expect(await page.locator('.search--page [data-search-filter-box]').getAttribute('open')).not.toBeNull();
    expect(await chapterAbstract.isChecked()).toBe(true);
    expect(await resultKeys(page)).toEqual(after);
    await page.close();
  });

  it('browses by filter alone (no query)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/search/?type=reference`);
    await waitForResults(page);
    const keys = await resultKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k === 'en/pustaka' || k.startsWith('en/pustaka#'))).toBe(true);
    await page.close();
  });

  it('keeps query and filters across the language switch and "search in the other language"', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/cari/?q=Mangkubumen`);
    await waitForResults(page);
    await page.locator('.search--page [data-search-input]').fill('purposive');
    await waitForResults(page);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${site.origin}/en/search/?q=purposive`);
    await waitForResults(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await resultKeys(page)).toContain('en/abstrak#translation');
    await page.locator('.search--page [data-search-other-lang]').click();
    await page.waitForURL(`${site.origin}/cari/?q=purposive`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });

  it('is also served at /en/cari/, pointing to /en/search/ as canonical', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/cari/?q=purposive`);
    await waitForResults(page);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe('/en/search/');
    expect(await resultKeys(page)).toContain('en/abstrak#translation');
    await page.close();
  });
});
