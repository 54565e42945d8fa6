/**
 * Chart interaction on the built site: tooltips on keyboard focus, click-through from a
 * matrix mark to the findings behind its cell, explorer filters in the URL (round trip,
 * back button), and charts readable without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { kindPath, requireBuilt, root } from '../../tools/lib/site.ts';
import { t, type UiKey } from '../../src/lib/i18n.ts';
import { bases } from '../../src/lib/vocabulary.ts';
import { WCAG_TAGS, axeOn, axeViolations, launchBrowser, useSite } from '../../tools/lib/browser.ts';
import findingsJson from '../../src/data/findings.json' with { type: 'json' };
import { deriveMatrix, type Finding } from '../../src/lib/dataset.ts';
import { chartNames, type ChartName } from '../../src/lib/charts/text.ts';
import { siteCharts } from '../../src/lib/charts/site.ts';
import { rowId } from '../../src/lib/charts/compact.ts';
import { embedSlug } from '../../src/lib/embed.ts';
import { pagePath } from '../../src/lib/paths.ts';

// Counts come from the data, so adding a valid finding needs no edit here.
const findings = findingsJson as Finding[];
const cell = (level: string, tie: string) => deriveMatrix(findings).find((c) => c.level === level && c.tie === tie)!.findings;
const finding = (id: string) => findings.find((f) => f.id === id)!;

/** A chart mark on the page by its key (a finding, an actor, …): the page names it by its table row (`rowId`). */
const englishCharts = await siteCharts('en');
const markOf = (chart: ChartName, key: string) => {
  const index = englishCharts[chart].spec.rows.findIndex((r) => r.key === key);
  if (index < 0) throw new Error(`chart ${chart}: no row with key ${key}`);
  return `[data-mark][aria-labelledby="${rowId(chart, index)}"]`;
};

requireBuilt(join(root, 'dist'));
const { site, browser } = useSite();

describe('charts', () => {
  it('show a tooltip with the source sentence on keyboard focus, and hide it on Escape', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/grafik/`);
    const figure = page.locator('#chart-bonding');
    const tip = figure.locator('.chart__tip');
    expect(await tip.isVisible()).toBe(false);
    await figure.locator(markOf('bonding', 'bonding-trust')).filter({ visible: true }).focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('trust');
    expect(await tip.textContent()).toContain('S11');
    // What a screen reader hears is the mark's table row: the finding, each of its sources and its basis.
    const name = await figure.locator(markOf('bonding', 'bonding-trust')).filter({ visible: true }).ariaSnapshot();
    expect(name).toContain(finding('bonding-trust').summary.en);
    for (const source of finding('bonding-trust').sources) expect(name).toContain(source);
    expect(name).toContain(await figure.locator(`tbody tr:has(td:text-is("${finding('bonding-trust').summary.en}")) td:nth-child(3)`).textContent());
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('list the findings of a matrix cell with sources and a chapter link when a mark is clicked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${kindPath('charts')}`);
    const figure = page.locator('#chart-matrix');
    const mark = (key: string) => figure.locator(markOf('matrix', key)).filter({ visible: true });
    await mark('barrier-mindset@micro').click();
    const panel = figure.locator('.chart__panel');
    const items = panel.locator('li');
    // The panel lists every finding of the mark's cell (micro × the finding's tie).
    expect(await items.count()).toBe(cell('micro', finding('barrier-mindset').tie).length);
    expect(await panel.textContent()).toContain('pedagang');
    // Each finding's basis reads as the interface string of the page's language, never as the raw code.
    const text = (await panel.textContent())!;
    // (mid-sentence in the panel, so compared without letter case)
    expect(text.toLowerCase()).toContain(t('id', `claim.basis.${finding('barrier-mindset').basis}` as UiKey).toLowerCase());
    for (const code of bases) expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
    expect(await panel.locator(`a[href="${kindPath('findings')}#barrier-mindset"]`).count()).toBe(1);
    expect(await panel.locator(`a[href="${kindPath('abstract')}#s12"]`).count()).toBe(1);
    expect(await mark('barrier-mindset@micro').getAttribute('role')).toBe('button');
    // The open panel and the visible tooltip pass axe in the dark scheme too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await mark('bonding-trust@micro').focus();
    expect(await axeViolations(axeOn(page).include('#chart-matrix').withTags(WCAG_TAGS))).toEqual([]);
    // The keyboard reaches the same panel.
    await mark('bonding-needs-linking@macro').focus();
    await page.keyboard.press('Enter');
    expect(await items.count()).toBe(cell('macro', finding('bonding-needs-linking').tie).length);
    expect(await panel.locator(`a[href="${kindPath('findings')}#bridging-linking"]`).count()).toBe(1);
    // On a phone the same drawing shows, and a tap lists the same cell, once.
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await figure.locator('svg').count()).toBe(1);
    await mark('barrier-mindset@micro').click();
    expect(await items.count()).toBe(cell('micro', finding('barrier-mindset').tie).length);
    await page.close();
  });

  it('offer each chart\'s embed code, written by its script, with the embed page\'s absolute address, which loads', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/grafik/`);
    for (const name of chartNames) {
      const box = page.locator(`#chart-${name} details.chart__embed`);
      await box.locator('summary').click();
      const code = (await box.locator('code').textContent())!;
      const title = (await page.locator(`#chart-${name} .chart__title`).textContent())!;
      expect(code, name).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" style="border: 0"><\/iframe>$/);
      const src = /src="([^"]+)"/.exec(code)![1];
      expect(src, name).toBe(`${site.origin}${pagePath('en', embedSlug(name))}`);
      expect(code, name).toContain(`title="${title.replace(/"/g, '&quot;')}"`);
      expect((await page.request.get(src)).status(), src).toBe(200);
    }
    await page.close();
  });

  it('stay readable without JavaScript: an SVG with its marks and a table', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${site.origin}/en/grafik/`);
      for (const name of chartNames) {
        const figure = page.locator(`#chart-${name}`);
        // One drawing per chart, the same on every screen (the narrow layout, or the only one): it has one mark per
        // table row, and each mark is named by its row, which states the finding, its sources and its basis.
        const layouts = await figure.locator('svg[data-layout]').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-layout')!));
        expect(layouts, name).toHaveLength(1);
        expect(['narrow', 'single'], name).toContain(layouts[0]);
        for (const layout of layouts) {
          const marks = figure.locator(`svg[data-layout="${layout}"] [data-mark]`);
          expect(await marks.count(), `${name} ${layout}`).toBeGreaterThan(0);
          expect(await marks.count(), `${name} ${layout}`).toBe(await figure.locator('tbody tr').count());
          const named = await marks.evaluateAll((ms) => ms.map((m) => document.getElementById(m.getAttribute('aria-labelledby') ?? '')?.closest('figure')?.id ?? null));
          expect(named.every((id) => id === `chart-${name}`), `${name} ${layout}: every mark names a row of its figure's table`).toBe(true);
        }
        // The embed code is for other sites' pages, which run scripts: without JavaScript it is not offered.
        expect(await figure.locator('details.chart__embed').isVisible(), name).toBe(false);
      }
      // The explorer without JavaScript: no dead filters, every finding listed.
      await page.goto(`${site.origin}/en/jelajah/?level=meso`);
      expect(await page.locator('form[data-explorer]').isVisible()).toBe(false);
      expect(await page.locator('tr[data-finding-row]:visible').count()).toBe(findings.length);
    } finally {
      await noJs.close();
    }
  });
});

describe('explorer', () => {
  const visibleRows = (page: import('playwright-core').Page) => page.locator('tr[data-finding-row]:visible').count();

  it('reads its filters from the URL, writes them back, and the back button restores the view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/jelajah/?level=meso&tie=linking`);
    // A filter acts as soon as it changes: there is nothing to press.
    expect(await page.locator('form[data-explorer] button[type="submit"]').count()).toBe(0);
    expect(await page.locator('select[name="level"]').inputValue()).toBe('meso');
    expect(await page.locator('select[name="tie"]').inputValue()).toBe('linking');
    expect(await visibleRows(page)).toBe(cell('meso', 'linking').length);
    expect(await page.locator(`#chart-actors ${markOf('actors', 'kelurahan')}`).filter({ visible: true }).getAttribute('class') ?? '').not.toContain('is-dimmed');
    expect(await page.locator(`#chart-actors ${markOf('actors', 'city')}`).filter({ visible: true }).getAttribute('class') ?? '').toContain('is-dimmed');

    await page.locator('select[name="tie"]').selectOption('bridging');
    await page.waitForURL(`${site.origin}/en/jelajah/?level=meso&tie=bridging`);
    expect(await visibleRows(page)).toBe(cell('meso', 'bridging').length);
    await page.locator('select[name="level"]').selectOption('');
    await page.waitForURL(`${site.origin}/en/jelajah/?tie=bridging`);

    await page.goBack();
    await page.waitForURL(`${site.origin}/en/jelajah/?level=meso&tie=bridging`);
    expect(await page.locator('select[name="level"]').inputValue()).toBe('meso');
    expect(await visibleRows(page)).toBe(cell('meso', 'bridging').length);
    await page.goBack();
    await page.waitForURL(`${site.origin}/en/jelajah/?level=meso&tie=linking`);
    expect(await page.locator('select[name="tie"]').inputValue()).toBe('linking');
    expect(await visibleRows(page)).toBe(cell('meso', 'linking').length);
    await page.close();
  });

  it('downloads the filtered findings as CSV', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/en/jelajah/?valence=barrier`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-explorer-download]').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,level,tie,valence,basis,sources/);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(findings.filter((f) => f.valence === 'barrier').map((f) => f.id).sort());
    await page.close();
  });
});
