/**
 * Loader: every chart drawn as SVG, in each language (src/lib/charts/render.ts `drawChart`): the
 * download and the drawing its page inlines, from the same checked data and texts as
 * scripts/dataset.json.ts and scripts/charts.json.ts. Plot, linkedom and svgo take about 0.3 s to
 * draw them all; the pages (src/lib/charts/site.ts) and the charts' pictures then only read them,
 * and the output is kept while its inputs are unchanged (scripts/lib/cache.ts). `npm run dev`
 * draws the charts as a page asks, so an edit to a chart's code shows without this loader.
 */
import { createRequire } from 'node:module';
import type { DatasetLike } from '../src/lib/charts/index.ts';
import type { ChartDrawings } from '../src/lib/charts/render.ts';
import { chartNames } from '../src/lib/charts/text.ts';
import { languages } from '../src/lib/i18n.ts';
import { chartsLoader } from './charts.json.ts';
import { datasetLoader } from './dataset.json.ts';
import type { Loader } from './lib/loader.ts';

export const chartSvgsLoader: Loader<ChartDrawings> = {
  output: 'chart-svgs.json',
  // The pages and the charts' pictures thread read it (which waits for it); the dev server draws the charts itself.
  late: true,
  notInDev: true,
  inputs: ['src/data', 'src/lib', 'scripts', 'node_modules/.package-lock.json'],
  build(root) {
    // Loaded when the loader runs, not when the cache answers: Plot, linkedom and svgo take about
    // 0.3 s to load. Loaders are synchronous, so through Node's require of an ES module.
    const require = createRequire(import.meta.url);
    const { buildCharts } = require('../src/lib/charts/index.ts') as typeof import('../src/lib/charts/index.ts');
    const { drawChart } = require('../src/lib/charts/render.ts') as typeof import('../src/lib/charts/render.ts');
    const dataset = datasetLoader.build(root) as unknown as DatasetLike;
    const texts = chartsLoader.build(root);
    return Object.fromEntries(languages.map((lang) => {
      const specs = buildCharts(dataset, texts, lang);
      return [lang, Object.fromEntries(chartNames.map((name) => [name, drawChart(specs[name])]))];
    })) as ChartDrawings;
  },
};
