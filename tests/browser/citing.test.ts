/**
 * Citing in a real browser: open a cite box with the keyboard and copy (the clipboard holds
 * the citation, with today's date and an absolute URL), copy a section link from its anchor,
 * follow a redirect with its #fragment, and read a cite box without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, useSite } from '../../tools/lib/browser.ts';
import { t } from '../../src/lib/i18n.ts';
import { citeTemplatesPath, sectionCitations, type CiteTemplates, type PageCiteData } from '../../src/lib/citation/section.ts';

requireBuilt(join(root, 'dist'));
const { site, browser } = useSite((site, browser) =>
  browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin }),
);

describe('cite box', () => {
  it('opens with the keyboard, and Copy puts the citation on the clipboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/abstrak/`);
    const summary = page.locator('details#cite > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details#cite').getAttribute('open')).not.toBeNull();
    // The first copy button of the page's own citation (the second list in the box).
    const pageList = page.locator('details#cite .cite-list').nth(1);
    const button = pageList.locator('[data-cite-copy]').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Date();
    const month = today.toLocaleString('en-US', { month: 'long' });
    expect(text).toBe(`Abstract. (n.d.). Community Governance in Empowering MSMEs. Retrieved ${month} ${today.getDate()}, ${today.getFullYear()}, from ${site.origin}/en/abstrak/`);
    await expect.poll(() => page.locator('[role="status"][data-cite-status]').textContent()).toBe('Copied');
    await page.close();
  });

  it('lists the page\'s citation in one style without JavaScript and, once opened with it, in every style, each with a copy button', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/abstrak/`);
    const data = JSON.parse((await page.locator('script[data-section-cite-data]').textContent())!) as PageCiteData;
    const templates = (await (await page.request.get(`${site.origin}${citeTemplatesPath('en', '/')}`)).json()) as CiteTemplates;
    const rows = page.locator('details#cite .cite-list').nth(1).locator('.cite-list__row');
    expect(await rows.count()).toBe(1);
    await page.locator('details#cite > summary').click();
    await expect.poll(() => rows.count()).toBe(templates.styles.length);
    expect(await rows.locator('dt').allTextContents()).toEqual(templates.styles.map((s) => s.label));
    // What the script adds is what the build makes of the same templates (tests/unit/section-cite.test.ts checks those against citeproc).
    const want = sectionCitations(templates, data.pageTitles!, `${site.origin}/en/abstrak/`)!.map((html) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&'));
    const got = await rows.locator('.cite-list__text').evaluateAll((spans) => spans.map((s) => {
      const copy = s.cloneNode(true) as HTMLElement;
      for (const slot of copy.querySelectorAll('[data-accessed]')) slot.textContent = '[date accessed]';
      return copy.textContent;
    }));
    expect(got.slice(1)).toEqual(want.slice(1));
    expect(await rows.locator('[data-cite-copy]').count()).toBe(templates.styles.length);
    // Closing and opening again adds nothing twice.
    await page.locator('details#cite > summary').click();
    await page.locator('details#cite > summary').click();
    expect(await rows.count()).toBe(templates.styles.length);
    await page.close();
  });

  it('copies the study citation in Indonesian with t.t.', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kutip/`);
    await page.locator('details#cite > summary').click();
    await page.locator('details#cite .cite-list').first().locator('[data-cite-copy]').first().click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^Febriana, E\. \(t\.t\.\)\. Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah \[Skripsi, Universitas Sebelas Maret\]\. Diambil \d{1,2} \w+ \d{4}, dari https:\/\/digilib\.uns\.ac\.id\//);
    await page.close();
  });

  it('works without JavaScript: the box opens, shows a placeholder date, offers no copy button', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${site.origin}/en/abstrak/`);
      await page.locator('details#cite > summary').focus();
      await page.keyboard.press('Enter');
      const first = page.locator('details#cite .cite-list__text').first();
      expect(await first.isVisible()).toBe(true);
      expect(await first.textContent()).toContain('Retrieved [date accessed], from https://digilib.uns.ac.id/');
      expect(await page.locator('details#cite [data-cite-copy]').count()).toBe(0);
    } finally {
      await noJs.close();
    }
  });
});

describe('section anchors', () => {
  it('show on keyboard focus, are labelled, and copy the section URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/abstrak/`);
    const anchor = page.locator('a[data-anchor][href="#record"]');
    expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await anchor.focus();
    expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await anchor.getAttribute('aria-label')).toBe('Tautan ke bagian: Data skripsi');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/abstrak/#record`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/abstrak/#record`);
    // The page's status region says so, in the page's language.
    await expect.poll(() => page.locator('[role="status"][data-cite-status]').textContent()).toBe(t('id', 'cite.anchorCopied'));
    await page.close();
  });
});

describe('redirects', () => {
  it('keep the #fragment when a page has moved', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/cite/#sections`);
    await page.waitForURL(`${site.origin}/en/kutip/#sections`);
    expect(await page.locator('#sections').count()).toBe(1);
    await page.close();
  });

  it('still reach the new page without JavaScript', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${site.origin}/cite/`);
      await page.waitForURL(`${site.origin}/kutip/`, { timeout: 10_000 });
      expect(await page.locator('h1').textContent()).toBe('Kutip');
    } finally {
      await noJs.close();
    }
  });
});
