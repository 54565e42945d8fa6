/**
 * The charts a build shows come from the chart-svgs.json loader (scripts/chart-svgs.json.ts), kept
 * in a cache while its inputs are unchanged; `npm run dev` draws them with render.ts instead. Both
 * must be the same bytes: every chart, both drawings, every language, from the loader's own output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharts, type DatasetLike } from '../../src/lib/charts/index.ts';
import { drawChart, type ChartDrawings } from '../../src/lib/charts/render.ts';
import type { ChartTexts } from '../../src/lib/charts/text.ts';
import { root } from '../../tools/lib/site.ts';

const generated = (file: string) => JSON.parse(readFileSync(join(root, 'src', 'generated', file), 'utf8'));
const drawings = generated('chart-svgs.json') as ChartDrawings;
const dataset = generated('dataset.json') as DatasetLike;
const texts = generated('charts.json') as ChartTexts;

describe('the charts drawn by the data step', () => {
  it.each(Object.keys(drawings) as (keyof ChartDrawings)[])('%s: each chart\'s download and page drawing are what render.ts draws now', (lang) => {
    const specs = buildCharts(dataset, texts, lang);
    expect(Object.keys(drawings[lang]).sort()).toEqual(Object.keys(specs).sort());
    for (const [name, drawn] of Object.entries(drawings[lang])) {
      const now = drawChart(specs[name as keyof typeof specs]);
      expect(drawn.svg === now.svg, `${lang} ${name}: the download`).toBe(true);
      expect(drawn.page === now.page, `${lang} ${name}: the page's drawing`).toBe(true);
    }
  });
});
