import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { datasetLoader } from '../scripts/dataset.json.ts';
import { buildCharts } from '../src/lib/charts/index.ts';
import { renderChart } from '../src/lib/charts/render.ts';
import { chartPng } from '../src/lib/charts/png.ts';
import { chartTextsSchema } from '../src/lib/charts/text.ts';
const data = datasetLoader.build(process.cwd());
const texts = chartTextsSchema.parse(JSON.parse(readFileSync('src/data/charts.json', 'utf8')));
mkdirSync('scratch/out', { recursive: true });
for (const lang of ['id', 'en'] as const) {
  const charts = buildCharts(data, texts, lang);
  for (const [name, spec] of Object.entries(charts)) for (const layout of ['wide', 'narrow'] as const) {
    const svg = renderChart(spec, layout);
    writeFileSync(`scratch/out/${name}-${layout}-${lang}.png`, chartPng(svg));
  }
}
