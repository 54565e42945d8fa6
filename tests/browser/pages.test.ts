/**
 * Opens every built page, in both languages and both colour schemes, in headless Chromium:
 * no console error, no failed request, no request to another origin, a correct
 * <html lang>, and no axe violation against the WCAG 2.2 A/AA tags.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { htmlPages, requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const pages = htmlPages(dist);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let site: Site;
let browser: Browser;
const visited = new Set<string>();

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  console.log(`browser suite: visited ${visited.size} page loads (${pages.length} pages × 2 colour schemes)`);
  await browser?.close();
  await site?.stop();
});

describe.each(['light', 'dark'] as const)('every page in the %s scheme', (scheme) => {
  it.each(pages)('%s loads cleanly and passes axe', async (path) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
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
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    const expectedLang = path.startsWith('/en/') ? 'en' : 'id';
    expect(await page.locator('html').getAttribute('lang')).toBe(expectedLang);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    visited.add(`${scheme} ${path}`);
    await page.close();
    expect(problems, `${path} (${scheme})`).toEqual([]);
    expect(violations, `${path} (${scheme})`).toEqual([]);
  });
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
  it('show their source on keyboard focus and hide it on Escape', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/`);
    const ref = page.locator('.claim__ref').first();
    const tip = page.locator('#claim-1');
    await expect(tip.isVisible()).resolves.toBe(false);
    await ref.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toContain('Stated by the source');
    expect(await ref.getAttribute('aria-describedby')).toBe('claim-1');
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('glossary terms', () => {
  it('show their definition on keyboard focus, hide it on Escape, and link to the glossary', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/temuan/`);
    const link = page.locator('.term__link').first();
    const tipId = await link.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    await expect(tip.isVisible()).resolves.toBe(false);
    await link.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.textContent()).toContain('rank-and-file member');
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await link.hover();
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(`${site.origin}/en/glosarium/#mikro`);
    await page.close();
  });
});
