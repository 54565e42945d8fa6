/**
 * Search benchmark (not part of npm test): for 10 representative queries, in Chromium
 * against the built dist/, the time from opening search to the first rendered results,
 * cold (fresh browser profile, nothing cached, Pagefind not yet loaded) and warm (Pagefind
 * loaded, another query already run), and the bytes fetched for a first query
 *   npm run build && npm run bench:search
 * Targets (issue 5): under 150 ms warm, under 300 KB fetched for a first query.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDist } from './lib/browser.ts';

const queries: { q: string; lang: 'id' | 'en' }[] = [
  { q: 'triangulasi', lang: 'id' },
  { q: 'pemberdayaan', lang: 'id' },
  { q: 'berdaya', lang: 'id' },
  { q: 'Mangkubumen', lang: 'id' },
  { q: 'modal sosial', lang: 'id' },
  { q: 'purposive', lang: 'en' },
  { q: 'bonding', lang: 'en' },
  { q: 'linking', lang: 'en' },
  { q: 'trust', lang: 'en' },
  { q: 'student number', lang: 'en' },
];
const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('dist/pagefind/ is missing: run "npm run build" first');
  process.exit(1);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Open the header dialog with "/", type the query, and time until results are rendered. */
const timeQuery = (q: string) => `(async () => {
  const dialog = document.querySelector('dialog[data-search-dialog]');
  const root = dialog.querySelector('[data-search]');
  const input = dialog.querySelector('[data-search-input]');
  const done = new Promise((resolve) => root.addEventListener('search:results', resolve, { once: true }));
  const t0 = performance.now();
  if (!dialog.open) document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
  input.value = ${JSON.stringify(q)};
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error("no results after 10 s for " + ${JSON.stringify(q)})), 10000))]);
  return performance.now() - t0;
})()`;

const site = await serveDist();
const cold: number[] = [];
const warm: number[] = [];
const firstQueryBytes: { raw: number; disk: number; files: number }[] = [];
let listed: string[] = [];
try {
  for (const [i, { q, lang }] of queries.entries()) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}${lang === 'en' ? '/en/' : '/'}`, { waitUntil: 'load' });
      const fetched: Promise<{ path: string; bytes: number }>[] = [];
      page.on('requestfinished', (req) => {
        if (new URL(req.url()).pathname.endsWith('favicon.svg')) return; // the page's icon, not search
        fetched.push(req.sizes().then((s) => ({ path: new URL(req.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize })));
      });
      cold.push(await page.evaluate(timeQuery(q)) as number);
      const files = await Promise.all(fetched);
      const raw = files.reduce((sum, f) => sum + f.bytes, 0);
      // The same files on disk, uncompressed (what a host that does not compress would send).
      const disk = files.reduce((sum, f) => {
        const file = join(dist, f.path);
        return sum + (existsSync(file) ? statSync(file).size : f.bytes);
      }, 0);
      firstQueryBytes.push({ raw, disk, files: files.length });
      if (i === 0) listed = files.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(1)} KB`);
      // Warm: Pagefind is loaded; run another query first, then time this one.
      await page.evaluate(timeQuery(queries[(i + 1) % queries.length].q));
      warm.push(await page.evaluate(timeQuery(q)) as number);
      await page.close();
    } finally {
      await browser.close();
    }
  }
} finally {
  await site.stop();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('query                 cold ms   warm ms   first-query bytes (transferred / on disk)');
queries.forEach(({ q, lang }, i) => {
  console.log(`${`${lang}: ${q}`.padEnd(22)}${cold[i].toFixed(0).padStart(7)}${warm[i].toFixed(1).padStart(10)}   ${kb(firstQueryBytes[i].raw)} / ${kb(firstQueryBytes[i].disk)} in ${firstQueryBytes[i].files} requests`);
});
const maxRaw = Math.max(...firstQueryBytes.map((b) => b.raw));
console.log(`\nmedian time to first results: cold ${median(cold).toFixed(0)} ms, warm ${median(warm).toFixed(1)} ms (target < 150 ms warm)`);
const maxDisk = Math.max(...firstQueryBytes.map((b) => b.disk));
// Transferred: bodies and headers as Astro's preview server sends them (it compresses text files).
console.log(`bytes fetched for a first query: transferred median ${kb(median(firstQueryBytes.map((b) => b.raw)))}, max ${kb(maxRaw)}; uncompressed on disk max ${kb(maxDisk)} (target < 300 KB)`);
console.log(`files fetched for "${queries[0].q}":\n  ${listed.join('\n  ')}`);
