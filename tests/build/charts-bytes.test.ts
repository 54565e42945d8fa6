/**
 * The charts page's HTML bytes, gzipped at level 6 (as most servers send), in both languages,
 * against `html.chartsPageGzipBytes` in budgets.json (issue 13 sets the goal: at most 1.2 ×
 * Starlight's page for the same text). The bytes only count with the content whole: every chart
 * with all its layouts, one mark per table row in each, and its table, description and sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { languages } from '../../src/lib/i18n.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { chartsSlug } from '../../src/lib/embed.ts';
import { chartNames } from '../../src/lib/charts/text.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const pages = languages.map((lang) => pagePath(lang, chartsSlug));

describe('the charts page in bytes', () => {
  it.each(pages)('%s: its HTML, gzipped (level 6), is within html.chartsPageGzipBytes of budgets.json', (path) => {
    const limit = budgets.html.chartsPageGzipBytes;
    expect(limit, 'budgets.json: html.chartsPageGzipBytes').toBeTypeOf('number');
    const bytes = gzipSync(readFileSync(join(dist, path, 'index.html')), { level: 6 }).length;
    expect(bytes, `${path}: ${bytes} B gzipped`).toBeLessThanOrEqual(limit);
  });

  it.each(pages)('%s: holds every chart whole, so the budget is not met by leaving something out', (path) => {
    const doc = readPage(dist, path);
    for (const name of chartNames) {
      const figure = doc.querySelector(`figure#chart-${name}`);
      expect(figure, `${path}: chart ${name}`).not.toBeNull();
      const rows = figure!.querySelectorAll('tbody tr').length;
      expect(rows, `${path}: ${name} table`).toBeGreaterThan(0);
      const svgs = [...figure!.querySelectorAll('svg[data-layout]')];
      expect(svgs.length, `${path}: ${name} layouts`).toBeGreaterThan(0);
      for (const svg of svgs) expect(svg.querySelectorAll('[data-mark][aria-labelledby]').length, `${path}: ${name} ${svg.getAttribute('data-layout')}`).toBe(rows);
      expect(figure!.querySelector('.chart__description')?.textContent?.trim(), `${path}: ${name} description`).toBeTruthy();
      expect(figure!.querySelectorAll('.chart__sources a').length, `${path}: ${name} sources`).toBeGreaterThan(0);
    }
  });
});
