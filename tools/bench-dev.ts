/**
 * The author's inner loop, measured (not part of npm test): `npm run bench:dev` starts
 * `astro dev`, then (1) appends a marker sentence to a chapter's MDX and times until the
 * page served shows it, (2) changes a finding's summary in src/data/findings.json and times
 * until the explorer shows it (the data loaders re-run: src/integrations/data-loaders.ts).
 * Every edited file is restored at the end, also on failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dev } from 'astro';
import { siteRegistry } from './lib/site.ts';
import { pagePath } from '../src/lib/paths.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = process.cwd();
// A chapter and the explorer, found by kind in the page registry (src/lib/pages.ts).
const registry = siteRegistry();
const chapterSlug = registry.slugsOf(['chapter'])[0];
const chapterPath = pagePath('en', chapterSlug);
const explorerPath = pagePath('en', registry.slugOf('explorer'));
const chapter = join(root, 'src', 'content', 'pages', 'en', `${chapterSlug}.mdx`);
const findings = join(root, 'src', 'data', 'findings.json');
const originals = new Map([chapter, findings].map((f) => [f, readFileSync(f, 'utf8')]));

const server = await dev({ root, logLevel: (process.env.BENCH_LOG as 'info') ?? 'warn', server: { host: '127.0.0.1', port: 4399 } });
const origin = `http://127.0.0.1:${server.address.port}`;
const page = async (path: string) => (await fetch(origin + path)).text();

async function timeUntil(path: string, marker: string, change: () => void): Promise<number> {
  const t0 = performance.now();
  change();
  for (;;) {
    if ((await page(path)).includes(marker)) return performance.now() - t0;
    if (performance.now() - t0 > 60_000) throw new Error(`${path} did not show "${marker}" within 60 s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

try {
  // Warm: the first request compiles the page.
  let t0 = performance.now();
  await page(chapterPath);
  console.log(`first request of ${chapterPath} (compile): ${(performance.now() - t0).toFixed(0)} ms`);
  t0 = performance.now();
  await page(chapterPath);
  console.log(`warm request of ${chapterPath}: ${(performance.now() - t0).toFixed(0)} ms`);
  await page(explorerPath);

  const chapterMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const marker = `Inner loop marker ${Date.now()}-${i}.`;
    chapterMs.push(await timeUntil(chapterPath, marker, () => writeFileSync(chapter, `${originals.get(chapter)}\n${marker}\n`)));
  }
  console.log(`chapter edit -> page shows it: ${chapterMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  const dataMs: number[] = [];
  for (let i = 0; i < 2; i++) {
    const marker = `Data loop marker ${Date.now()}-${i}`;
    dataMs.push(
      await timeUntil(explorerPath, marker, () => {
        const rows = JSON.parse(originals.get(findings)!);
        rows[0].summary.en = `${rows[0].summary.en} ${marker}`;
        writeFileSync(findings, `${JSON.stringify(rows, null, 2)}\n`);
      }),
    );
  }
  console.log(`src/data/findings.json edit -> explorer shows it: ${dataMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
} finally {
  for (const [file, text] of originals) writeFileSync(file, text);
  await server.stop();
}
// The loaders ran on the edited data; run them once more on the restored files.
const { runLoaders } = await import('../scripts/lib/run.ts');
runLoaders(root, { log: () => {} });
