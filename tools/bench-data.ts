/**
 * Benchmark (not part of npm test): times the data step (every loader, then rendering all
 * charts in both languages) and prints the JavaScript each built page loads, raw and gzipped.
 *   npm run bench:data        (after npm run build, for the JS numbers)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { abstractLoader } from '../scripts/abstract.json.ts';
import { sourcesLoader } from '../scripts/sources.json.ts';
import { pagesLoader } from '../scripts/pages.json.ts';
import { datasetLoader } from '../scripts/dataset.json.ts';
import { chartsLoader } from '../scripts/charts.json.ts';
import { buildCharts } from '../src/lib/charts/index.ts';
import { renderChart } from '../src/lib/charts/render.ts';
import { htmlPages } from './lib/site.ts';

const root = process.cwd();
const runs = 5;
const time = (fn: () => void) => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const loaders = time(() => [abstractLoader, sourcesLoader, pagesLoader, datasetLoader].forEach((l) => l.build(root)));
const texts = chartsLoader.build(root);
let marks = '';
const charts = time(() => {
  const data = datasetLoader.build(root);
  const counts: string[] = [];
  for (const lang of ['id', 'en'] as const) {
    for (const spec of Object.values(buildCharts(data, texts, lang))) {
      const svg = renderChart(spec);
      if (lang === 'en') counts.push(`${spec.name} ${(svg.match(/data-mark=/g) ?? []).length}`);
    }
  }
  marks = counts.join(', ');
});
console.log(`data step (median of ${runs}): loaders ${loaders.toFixed(1)} ms; 12 charts (6 × 2 languages) ${charts.toFixed(1)} ms`);
console.log(`marks per chart: ${marks}`);

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log('no dist/: run npm run build for the JavaScript numbers');
} else {
  console.log('JavaScript per page (scripts it loads, raw / gzipped bytes):');
  for (const path of htmlPages(dist)) {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    // Follow static imports of the bundled modules (Astro splits shared code into chunks).
    const seen = new Set<string>();
    const queue = srcs.map((s) => s.replace(/^\//, ''));
    let raw = inline.join('').length;
    let gz = inline.length ? gzipSync(inline.join('')).length : 0;
    while (queue.length) {
      const rel = queue.shift()!;
      if (seen.has(rel)) continue;
      seen.add(rel);
      const code = readFileSync(join(dist, rel));
      raw += code.length;
      gz += gzipSync(code).length;
      for (const m of code.toString('utf8').matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(join(rel, '..', m[1]));
    }
    console.log(`  ${path.padEnd(16)} ${String(raw).padStart(6)} / ${String(gz).padStart(5)}`);
  }
}
