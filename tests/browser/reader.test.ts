/**
 * Reading aids, theme, print and PDF in headless Chromium: the table of contents follows
 * the reader, footnotes open in place and give focus back, the colour scheme is remembered
 * and applied before first paint, print hides navigation and shows link addresses, the
 * policy brief fits two A4 pages, and the report prints one PDF per language.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindPath, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, useSite } from '../../tools/lib/browser.ts';
import { pdfPageCount, pdfText, printReport } from '../../tools/pdf.ts';
import { chapters } from '../../src/lib/reading.ts';
import { reportChapters } from '../../src/lib/print.ts';
import { homePaths, kindTraits, routeSlug } from '../../src/lib/pages.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { languages } from '../../src/lib/i18n.ts';
import { scriptHash } from '../../src/lib/security.ts';

requireBuilt(join(root, 'dist'));
const { site, browser } = useSite();
const tmp = mkdtempSync(join(tmpdir(), 'cg-reader-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('table of contents', () => {
  it('highlights the section being read as the reader scrolls', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(`${site.origin}/en/abstrak/`);
    const current = () => page.locator('[data-toc] a[aria-current="location"]').getAttribute('href');
    await expect.poll(current).toBe('#original');
    await page.locator('#translation').evaluate((el) => el.scrollIntoView());
    await expect.poll(current).toBe('#translation');
    await page.locator('#record').evaluate((el) => el.scrollIntoView());
    await expect.poll(current).toBe('#record');
    expect(await page.locator('[data-toc] details').getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('collapses into a closed disclosure on a narrow screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${site.origin}/abstrak/`);
    const details = page.locator('[data-toc] details');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.locator('[data-toc] summary').click();
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await page.close();
  });
});

describe('footnotes', () => {
  it('open in place by keyboard, close with Escape and give focus back to the reference', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/ringkasan-kebijakan/`);
    const ref = page.locator('#fnref-1');
    await ref.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('#fn-1-pop');
    await expect(pop.isVisible()).resolves.toBe(true);
    expect(await pop.textContent()).toContain('neither the year of the thesis');
    expect(await ref.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fn-1-pop');
    expect(new URL(page.url()).hash).toBe(''); // the reader stayed where they were
    await page.keyboard.press('Escape');
    expect(await pop.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-1');
    expect(await ref.getAttribute('aria-expanded')).toBe('false');
    // The close button does the same.
    await page.keyboard.press('Enter');
    await page.locator('#fn-1-pop button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-1');
    await page.close();
  });

  it('from the list at the end, the back link returns focus to the reference', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/ringkasan-kebijakan/#fn-1`);
    await page.locator('#fn-1 a[data-footnote-back]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fnref-1');
    expect(new URL(page.url()).hash).toBe('#fnref-1');
    await page.close();
  });
});

describe('colour scheme', () => {
  it('applies the saved scheme from an inline script in <head> that the page CSP admits by hash', async () => {
    const html = readFileSync(join(root, 'dist/en/abstrak/index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const code = readFileSync(join(root, 'src/client/theme-init.js'), 'utf8');
    // The first script in <head> is the theme script, verbatim, before any stylesheet.
    const first = head.match(/<script>([\s\S]*?)<\/script>/);
    expect(first?.[1]).toBe(code);
    expect(head.indexOf(first![0])).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
    const csp = head.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
    expect(csp).toContain(`'${scriptHash(code)}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(code.length).toBeLessThan(500);
  });

  it('remembers the choice and applies it before first paint, without a flash', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    // Record the theme at the moment <body> is parsed, before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as any).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.origin}/en/abstrak/`);
    expect(await page.evaluate(() => (window as any).themeAtBody)).toBeNull();
    await page.locator('[data-theme-toggle] select').selectOption('dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.goto(`${site.origin}/abstrak/`);
    expect(await page.evaluate(() => (window as any).themeAtBody)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    expect(await page.locator('[data-theme-toggle] select').inputValue()).toBe('dark');
    // The reader's choice wins over the system's scheme, both ways.
    await page.locator('[data-theme-toggle] select').selectOption('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await page.evaluate(() => (window as any).themeAtBody)).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 249)');
    // "Follow system" forgets the choice.
    await page.locator('[data-theme-toggle] select').selectOption('system');
    await page.reload();
    expect(await page.evaluate(() => (window as any).themeAtBody)).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    await page.close();
  });
});

describe('print', () => {
  it('hides navigation and writes the address after external links', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/ringkasan-kebijakan/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.toc', '.pager, .back-to-top', '.theme-toggle', '.section-heading__cite', '.section-heading__anchor']) {
      const display = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
      expect(display, selector).toBe('none');
    }
    const external = page.locator('main a[href^="https://digilib.uns.ac.id"]').first();
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('https://digilib.uns.ac.id/dokumen/abstrak/105233');
    const internal = await page.locator('main a[href^="/"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(internal).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    // The closed page cite box prints its page citation (one style), not the rest of the box.
    const printed = await page.evaluate(() => [...document.querySelectorAll('details#cite .cite-list')].map((list) => [...list.querySelectorAll('.cite-list__row')].map((row) => row.getBoundingClientRect().height > 0)));
    expect(printed.length).toBe(2);
    expect(printed[0].every((shown) => !shown)).toBe(true);
    expect(printed[1][0]).toBe(true);
    expect(printed[1].slice(1).every((shown) => !shown)).toBe(true);
    await page.close();
  });

  it.each(languages)('fits the policy brief (%s) on two A4 pages', async (lang) => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${lang === 'en' ? '/en' : ''}/ringkasan-kebijakan/`);
    const file = join(tmp, `brief-${lang}.pdf`);
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
    const pages = pdfPageCount(file);
    console.log(`policy brief (${lang}): ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdfText(file)).toContain(lang === 'en' ? 'Policy brief' : 'Ringkasan kebijakan');
    await page.close();
  });
});

describe('the printed report', () => {
  const all = JSON.parse(readFileSync(join(root, 'src/generated/pages.json'), 'utf8'));
  const pages = reportChapters(all);
  it.each(languages)('prints one PDF (%s) with a contents page and every chapter title', async (lang) => {
    const file = join(tmp, `report-${lang}.pdf`);
    const result = await printReport(browser.context, site.origin, lang, file);
    console.log(`report (${lang}): ${result.pages} pages; chapters start on ${result.chapterPages.join(', ')}`);
    const text = pdfText(file);
    expect(text).toContain(lang === 'en' ? 'Contents' : 'Daftar isi');
    for (const p of pages) expect(text, p.slug).toContain(p.titles[lang]);
    // The contents page lists each chapter with the page it starts on.
    const contents = text.split('\f')[1].replace(/\s+/g, ' ');
    result.titles.forEach((title, i) => expect(contents).toContain(`${title} ${result.chapterPages[i]}`));
    expect(result.titles).toEqual(pages.map((p) => p.titles[lang]));
    // Web tools (explorer, cite page, ledger: kinds not printed) are not chapters of the printed report.
    const webOnly = chapters(all).filter((c) => !kindTraits[c.kind as keyof typeof kindTraits].printed);
    expect(webOnly.length, 'the registry has web-only chapters').toBeGreaterThan(0);
    for (const p of webOnly) expect(contents, p.slug).not.toContain(p.titles[lang]);
  });
});

describe('home, 404 and PDF links in the built pages', () => {
  it('gives the home page three paths, the policy brief and the abstract one click away', () => {
    for (const [path, lang] of [['/', 'id'], ['/en/', 'en']] as const) {
      const doc = readPage(join(root, 'dist'), path);
      const prefix = lang === 'en' ? '/en' : '';
      const hrefs = [...doc.querySelectorAll('.paths__item a')].map((a) => a.getAttribute('href'));
      expect(hrefs, path).toEqual(homePaths.map((p) => kindPath(p.kind, lang)));
      expect(doc.querySelector(`main a[href="${kindPath('abstract', lang)}"]`), path).not.toBeNull();
      // The lead figure is the framework matrix, drawn at build time (readable without JavaScript).
      expect(doc.querySelector('.lead-figure figure#chart-matrix svg'), path).not.toBeNull();
    }
  });

  it('serves one 404 page in both languages with home, contents and search', () => {
    const doc = readPage(join(root, 'dist'), '/404.html');
    for (const lang of languages) {
      const section = doc.querySelector(`.not-found__lang[lang="${lang}"]`)!;
      const prefix = lang === 'en' ? '/en' : '';
      const hrefs = [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${prefix}/`);
      expect(hrefs).toContain(pagePath(lang, routeSlug('search')));
      expect(hrefs).toContain(kindPath('abstract', lang));
    }
    expect(doc.querySelector('link[rel="canonical"], link[hreflang]')).toBeNull();
  });

  it.each(languages)('links the %s PDF and sets citation_pdf_url exactly when the PDF exists', (lang) => {
    const file = lang === 'en' ? 'report-en.pdf' : 'laporan-id.pdf';
    const exists = existsSync(join(root, 'public/pdf', file));
    const prefix = lang === 'en' ? '/en' : '';
    const home = readPage(join(root, 'dist'), `${prefix}/`);
    const abstract = readPage(join(root, 'dist'), kindPath('abstract', lang));
    expect(home.querySelector(`a.pdf-link[href="/pdf/${file}"]`) !== null).toBe(exists);
    expect(abstract.querySelector(`meta[name="citation_pdf_url"][content="/pdf/${file}"]`) !== null).toBe(exists);
    expect(existsSync(join(root, 'dist/pdf', file))).toBe(exists);
  });
});

describe('without JavaScript', () => {
  it('keeps the contents open, footnotes reachable and back, and hides the useless theme control', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${site.origin}/en/ringkasan-kebijakan/`);
      expect(await page.locator('[data-toc] details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
      await page.locator('#fnref-1').click();
      await page.waitForURL(/#fn-1$/);
      expect(await page.locator('#fn-1').textContent()).toContain('neither the year of the thesis');
      await page.locator('#fn-1 a[data-footnote-back]').click();
      await page.waitForURL(/#fnref-1$/);
    } finally {
      await noJs.close();
    }
  });
});
