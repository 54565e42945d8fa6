/**
 * Phones first: every built page a reader can land on, at 320, 360 and 768 px wide in Chromium. Nothing
 * scrolls sideways; every chart (an SVG in a figure) lies whole inside the viewport with
 * every label inside it too; every chart label renders at 10 px or more (its computed font
 * size times the SVG's scale); every chart mark a reader can focus or tap is at least
 * 24 × 24 px (WCAG 2.2 2.5.8); a claim's or a term's card, opened by focus, stays on screen. On a 360 × 780 phone the header takes at most a quarter of
 * the screen and names where the page sits in the report. One browser, one tab, one
 * navigation per page per width; the pages come from dist/.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { htmlPages, pageKind, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { useSite } from '../../tools/lib/browser.ts';
import { chapters, reportMenu } from '../../src/lib/reading.ts';
import { MIN_LABEL_PX, MIN_TARGET_PX } from '../../src/lib/charts/common.ts';
import pagesJson from '../../src/generated/pages.json' with { type: 'json' };

const dist = join(root, 'dist');
requireBuilt(dist);
// Every page a reader can land on: content pages, the search pages and the 404 page (redirect pages only forward).
const pages = htmlPages(dist).filter((path) => pageKind(readPage(dist, path)) !== 'redirect');
const WIDTHS = [320, 360, 768] as const;
const { site, browser } = useSite();

/** Everything that is wrong with the page as laid out now, one message each. */
function problemsOnPage(limits: { label: number; target: number }): string[] {
  const out: string[] = [];
  const vw = window.innerWidth;
  const scroller = document.scrollingElement!;
  if (scroller.scrollWidth > vw) {
    // Name the widest culprits: elements whose right edge passes the viewport.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > vw + 0.5 && el.getClientRects().length)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 0.5)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right=${Math.round(el.getBoundingClientRect().right)}`);
    out.push(`scrolls sideways: ${scroller.scrollWidth} px wide at ${vw} px (${wide.join('; ')})`);
  }
  const svgs = [...document.querySelectorAll<SVGSVGElement>('figure svg')].filter((svg) => svg.getClientRects().length > 0);
  for (const svg of svgs) {
    const name = `${svg.getAttribute('data-chart') ?? 'chart'} (${svg.getAttribute('data-layout') ?? '?'})`;
    const box = svg.getBoundingClientRect();
    if (box.left < -0.5 || box.right > vw + 0.5) out.push(`${name}: chart spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside the ${vw} px viewport`);
    const scale = box.width / (svg.viewBox.baseVal?.width || box.width);
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (!text.textContent?.trim()) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < limits.label - 0.01) out.push(`${name}: label "${text.textContent.trim().slice(0, 40)}" renders at ${px.toFixed(1)} px (< ${limits.label})`);
      const t = text.getBoundingClientRect();
      if (t.width > 0 && (t.left < -0.5 || t.right > vw + 0.5)) out.push(`${name}: label "${text.textContent.trim().slice(0, 40)}" spans ${Math.round(t.left)}–${Math.round(t.right)} px, outside the viewport`);
    }
    for (const mark of svg.querySelectorAll<SVGElement>('[data-mark], [tabindex], a, [role="button"]')) {
      const m = mark.getBoundingClientRect();
      if (m.width < limits.target - 0.01 || m.height < limits.target - 0.01) {
        out.push(`${name}: mark "${mark.getAttribute('aria-labelledby') ?? mark.getAttribute('aria-label')}" is ${m.width.toFixed(1)} × ${m.height.toFixed(1)} px (< ${limits.target} × ${limits.target})`);
      }
    }
  }
  // The card of a claim's source or a glossary term (src/client/cards.ts), opened by keyboard focus, stays on the screen too.
  for (const link of document.querySelectorAll<HTMLElement>('.claim__ref, .term__link, a.cite[href^="#"]')) {
    link.focus();
    const card = document.getElementById('provenance-card');
    if (card) {
      const t = card.getBoundingClientRect();
      if (t.width > 0 && (t.left < -0.5 || t.right > vw + 0.5)) out.push(`card of "${link.textContent?.trim().slice(0, 40)}" spans ${Math.round(t.left)}–${Math.round(t.right)} px, outside the viewport`);
    }
    link.blur();
  }
  return out;
}

const list = chapters(pagesJson);

/** The report menu of a page, from its HTML: the chapters `reportMenu` gives it (every one, in a report of up to REPORT_MENU_MAX) in `order`, and the page's place among them in the summary. */
async function reportMenuProblems(page: import('playwright-core').Page, path: string): Promise<string[]> {
  const out: string[] = [];
  const height = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
  if (height > 780 / 4) out.push(`header is ${Math.round(height)} px tall (> 195, a quarter of the screen)`);
  const doc = readPage(dist, path);
  const prefix = path.startsWith('/en/') ? '/en' : '';
  const hrefs = [...doc.querySelectorAll('[data-report-nav] ol a')].map((a) => a.getAttribute('href'));
  const slugHere = path.replace(/^\/(en\/)?/, '').replace(/\/$/, '');
  const expected = reportMenu(list, list.findIndex((p) => p.slug === slugHere)).items.map((p) => `${prefix}/${p.slug}/`);
  if (JSON.stringify(hrefs) !== JSON.stringify(expected)) out.push(`report menu lists ${hrefs.join(' ')}, expected ${expected.join(' ')}`);
  const slug = path.replace(/^\/(en\/)?/, '').replace(/\/$/, '');
  const n = list.findIndex((p) => p.slug === slug);
  const summary = await page.locator('[data-report-nav] > summary').innerText();
  if (n !== -1 && !summary.includes(`${n + 1}/${list.length}`)) out.push(`report menu summary "${summary}" does not say ${n + 1}/${list.length}`);
  return out;
}

describe(`at ${WIDTHS.join(', ')} px wide`, () => {
  it(`every page fits, with legible charts and marks big enough to tap, and, on a 360 × 780 phone, a header of at most a quarter of the screen that says where the page sits (${pages.length} pages)`, async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: WIDTHS[0], height: 780 });
    const problems: string[] = [];
    let charts = 0;
    let cards = 0;
    for (const path of pages) {
      // One load per page, then each width by resizing the window: the layout is CSS (media
      // queries), and every width here is below the one where a script decides otherwise (the
      // contents fold under 64rem).
      await page.setViewportSize({ width: WIDTHS[0], height: 780 });
      await page.goto(site.origin + path, { waitUntil: 'load' });
      // The card script loads on the first focus of a marker; wait for it, so the card check below measures real cards.
      const marker = page.locator('.claim__ref, .term__link, a.cite[href^="#"]').first();
      if (await marker.count()) {
        await marker.focus();
        await page.waitForSelector('#provenance-card', { timeout: 5_000 });
        cards++;
      }
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 780 });
        for (const p of await page.evaluate(problemsOnPage, { label: MIN_LABEL_PX, target: MIN_TARGET_PX })) problems.push(`${path} at ${width} px: ${p}`);
        // A chart embed page is bare (no site header): it lives in another site's frame.
        if (width === 360 && pageKind(readPage(dist, path)) !== 'embed') for (const p of await reportMenuProblems(page, path)) problems.push(`${path} at ${width} px: ${p}`);
        charts += await page.evaluate(() => [...document.querySelectorAll('figure svg')].filter((s) => s.getClientRects().length > 0).length);
      }
    }
    await page.close();
    expect(charts, 'no chart was measured: the pages list or the selector is wrong').toBeGreaterThan(0);
    expect(cards, 'no card was opened: the marker selector is wrong').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('on a 360 × 780 phone', () => {
  it('the report menu opens with one tap and reaches a chapter with the next', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${site.origin}/en/temuan/`);
    const menu = page.locator('[data-report-nav]');
    await menu.locator('summary').click();
    const last = list.at(-1)!;
    const link = menu.locator(`ol a[href="/en/${last.slug}/"]`);
    expect(await link.isVisible()).toBe(true);
    // The open menu stays inside the screen.
    const box = (await menu.locator('nav').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await menu.locator('summary').click();
    await link.click();
    await page.waitForURL(`${site.origin}/en/${last.slug}/`);
    await page.close();
  });
});
