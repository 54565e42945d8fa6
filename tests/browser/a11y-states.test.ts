/**
 * Accessibility beyond the first paint: axe (WCAG 2.2 A/AA) with the interactive states
 * open — the explorer filtered, a cite box open, the search dialog open — in both colour
 * schemes, and a keyboard-only walk that reaches every control with a visible focus ring.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WCAG_TAGS, axeOn, axeViolations, useSite } from '../../tools/lib/browser.ts';

const { site, browser } = useSite();

const violations = (page: Page) => axeViolations(axeOn(page).withTags(WCAG_TAGS));

describe.each(['light', 'dark'] as const)('axe with interactive states open (%s)', (scheme) => {
  it('the explorer, filtered, with a finding opened', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}/en/jelajah/?level=micro&tie=bonding`);
    const mark = page.locator('#main svg [tabindex="0"]').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('a page cite box and a section cite control open', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}/temuan/`);
    await page.locator('details#cite > summary').click();
    await page.locator('.section-heading__cite').first().click();
    await page.waitForSelector('.cite-pop');
    // The box's page citation in its other styles, added by the script when the box opened, is checked too.
    await page.waitForFunction(() => (document.querySelectorAll('#cite dl.cite-list')[1]?.querySelectorAll('.cite-list__row').length ?? 0) > 1);
    expect(await page.locator('details#cite').getAttribute('open')).not.toBeNull();
    expect(await page.locator('.cite-pop').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('a claim card and a glossary term card open', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}/en/temuan/`);
    await page.locator('.claim--interpreted .claim__ref').first().focus();
    await page.waitForSelector('#provenance-card');
    expect(await violations(page)).toEqual([]);
    await page.locator('.term__link').first().focus();
    await page.waitForSelector('#provenance-card');
    expect(await page.locator('#provenance-card').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the search dialog open with results', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}/metode/`);
    await page.keyboard.press('/');
    await page.keyboard.type('triangulasi');
    await page.waitForSelector('dialog[open] .search__hit');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard-only walk', () => {
  it.each(['/grafik/', '/en/temuan/'])('Tab reaches every control on %s, each with a visible focus indicator', async (path) => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + path);
    // Every control a keyboard user should reach: visible, not disabled, not removed from the tab order.
    const expected: string[] = await page.$$eval(
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
      (els) =>
        els
          .filter((el) => {
            // checkVisibility() also hides what sits in a closed <details> (content-visibility).
            const inClosedDetails = !!el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement?.closest('details:not([open])') === el.parentElement);
            return el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && !inClosedDetails && !el.closest('[inert], dialog:not([open])');
          })
          .map((el, i) => { (el as HTMLElement).dataset.walk = String(i); return String(i); }),
    );
    const reached = new Set<string>();
    const noRing: string[] = [];
    for (let i = 0; i < expected.length + 20; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // HTML controls show an outline (or a shadow); chart marks (SVG) show a thick focus stroke.
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
          || (el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 3);
        return { walk: el.dataset.walk ?? null, ring, label: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}` };
      });
      if (!info) continue;
      if (info.walk) reached.add(info.walk);
      if (!info.ring) noRing.push(info.label);
      if (reached.size === expected.length) break;
    }
    const missed = expected.filter((w) => !reached.has(w));
    const missedLabels = await page.$$eval('[data-walk]', (els, missing) => els.filter((el) => missing.includes((el as HTMLElement).dataset.walk!)).map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}`), missed);
    console.log(`keyboard walk ${path}: ${reached.size}/${expected.length} controls reached`);
    expect(missedLabels).toEqual([]);
    expect(noRing).toEqual([]);
    await page.close();
  });
});

describe('the axe check itself', () => {
  it('reports what it should (a broken page fails it)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/temuan/`);
    // An image without a text alternative, and grey text on grey (set through the CSSOM: the CSP blocks style attributes).
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg" id="no-alt"><p id="low">low contrast</p>');
      const low = document.getElementById('low')!;
      low.style.color = '#777';
      low.style.background = '#666';
    });
    const found = await violations(page);
    expect(found.some((v) => v.startsWith('image-alt:') && v.includes('#no-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('color-contrast:') && v.includes('#low'))).toBe(true);
    await page.close();
  });
});
