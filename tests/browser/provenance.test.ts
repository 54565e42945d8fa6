/**
 * Provenance in a real browser (issue 13): a claim marker leads to its entry in the page's
 * sources list and back; with JavaScript a card opens on mouse hover, keyboard focus and a
 * touch tap, built from the list entry; Escape closes it and focus returns to the marker;
 * a glossary term's card shows its definition; the compact section cite control works with
 * the keyboard; without JavaScript a marker is a working link.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { cardTermsPath } from '../../src/lib/card-terms.ts';
import { launchBrowser, useSite } from '../../tools/lib/browser.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const { site, browser } = useSite();
const PATH = '/en/temuan/';
// What the card must show, read from the built page: the first marker's entry in the sources list.
const doc = readPage(dist, PATH);
const firstRef = doc.querySelector('[data-prose] .claim__ref')!;
const entryText = doc.getElementById(firstRef.getAttribute('href')!.slice(1))!.querySelector('.sources__entry q')!.textContent!;
const interpreted = doc.querySelector<HTMLElement>('[data-prose] .claim--interpreted')!;
const card = '#provenance-card';

describe('marker → sources list → back', () => {
  it('a marker leads to its entry, and the entry\'s back link returns to the marker', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + PATH);
    const marker = page.locator('[data-prose] .claim__ref').first();
    const id = await marker.getAttribute('id');
    await marker.click();
    await page.waitForURL(`${site.origin}${PATH}${firstRef.getAttribute('href')}`);
    const entry = page.locator(`${firstRef.getAttribute('href')}`);
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.textContent()).toContain(entryText);
    await entry.locator(`a[href="#${id}"]`).click();
    await page.waitForURL(`${site.origin}${PATH}#${id}`);
    expect(await marker.isVisible()).toBe(true);
    await page.close();
  });
});

describe('cards', () => {
  it('open on mouse hover with the basis, the rationale and the source text, and stay while the pointer is on them', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + PATH);
    const marker = page.locator('[data-prose] .claim--interpreted .claim__ref').first();
    await marker.hover();
    await page.waitForSelector(card);
    const text = await page.locator(card).textContent();
    expect(text).toContain("The editors' interpretation");
    expect(text).toContain(interpreted.dataset.why!);
    expect(await marker.getAttribute('aria-describedby')).toBe('provenance-card');
    // The pointer moves onto the card: it stays (WCAG 1.4.13 hoverable).
    await page.locator(card).hover();
    await page.waitForTimeout(500);
    expect(await page.locator(card).count()).toBe(1);
    // And away from both: it goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator(card).count()).toBe(0);
    await page.close();
  });

  it('open on keyboard focus; Escape closes the card and focus stays on the marker', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + PATH);
    const marker = page.locator('[data-prose] .claim__ref').first();
    await marker.focus();
    await page.waitForSelector(card);
    expect(await page.locator(card).textContent()).toContain(entryText);
    expect(await page.locator(card).getAttribute('role')).toBe('tooltip');
    await page.keyboard.press('Escape');
    expect(await page.locator(card).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await marker.getAttribute('id'));
    // Tab moves on to the next control; the card of the next marker opens for it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('a'))).toBe(true);
    await page.close();
  });

  it('a glossary term shows its definition from the glossary\'s card file, fetched on first use', async () => {
    const page = await browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    await page.goto(site.origin + PATH);
    const file = cardTermsPath('en', '/');
    expect(fetched).not.toContain(file);
    const term = page.locator('[data-prose] .term__link').first();
    const id = (await term.getAttribute('href'))!.split('#')[1];
    const data = JSON.parse(readFileSync(join(root, 'dist', file), 'utf8'));
    await term.hover();
    await page.waitForSelector(card);
    expect(await page.locator(card).textContent()).toContain(data[id][1]);
    expect(fetched).toContain(file);
    await page.close();
  });

  it('open on a touch tap; a second tap follows the link', async () => {
    const touch = await launchBrowser({ hasTouch: true });
    try {
      const page = await touch.context.newPage();
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(site.origin + PATH);
      const marker = page.locator('[data-prose] .claim__ref').first();
      await marker.scrollIntoViewIfNeeded();
      await marker.tap();
      await page.waitForSelector(card);
      expect(page.url()).toBe(site.origin + PATH);
      // The card stays on the phone's screen.
      const box = (await page.locator(card).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      // A tap on the card closes it (it holds nothing to operate); the marker's next taps open it and then follow it.
      await page.locator(card).tap();
      expect(await page.locator(card).count()).toBe(0);
      await marker.tap();
      await page.waitForSelector(card);
      await marker.tap();
      await page.waitForURL(`${site.origin}${PATH}${firstRef.getAttribute('href')}`);
    } finally {
      await touch.close();
    }
  });
});

describe('section cite control', () => {
  it('opens with the keyboard with the section\'s citation in every style; Escape closes it and returns focus', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + PATH);
    const heading = page.locator('[data-prose] .section-heading').first();
    const id = await heading.getAttribute('data-section');
    const control = heading.locator('.section-heading__cite');
    // Reached with Tab right after the heading's anchor link.
    await heading.locator('.section-heading__anchor').focus();
    await page.keyboard.press('Tab');
    expect(await control.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await control.getAttribute('aria-label')).toMatch(/^Cite this section: /);
    await page.keyboard.press('Enter');
    // The popover's code loads on the first click (src/client/section-pop.ts).
    await page.waitForSelector(`#cite-pop-${id}`);
    expect(await control.getAttribute('aria-expanded')).toBe('true');
    const rows = page.locator(`#cite-pop-${id} .cite-list__text`);
    expect(await rows.count()).toBe(3);
    const today = new Date();
    for (const text of await rows.allTextContents()) {
      expect(text).toContain(`${site.origin}${PATH}#${id}`);
      expect(text).toContain(String(today.getFullYear()));
      expect(text).not.toContain('[date accessed]');
    }
    await page.keyboard.press('Escape');
    expect(await page.locator(`#cite-pop-${id}`).count()).toBe(0);
    expect(await control.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('a marker is a working link to its entry; no card, no section cite control', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(site.origin + PATH);
      expect(await page.locator('.section-heading__cite').count()).toBe(0);
      await page.locator('[data-prose] .claim__ref').first().click();
      await page.waitForURL(`${site.origin}${PATH}${firstRef.getAttribute('href')}`);
      expect(await page.locator(firstRef.getAttribute('href')!).textContent()).toContain(entryText);
      expect(await page.locator(card).count()).toBe(0);
      // An interpretation's tag leads to its rationale in the claims ledger.
      await page.goto(site.origin + PATH);
      await page.locator('[data-prose] .claim__tag').first().click();
      await page.waitForURL(/\/en\/klaim\/#temuan--/);
      const row = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
      expect(await row.locator('.ledger__why').textContent()).toContain(interpreted.dataset.why!);
    } finally {
      await noJs.close();
    }
  });
});
