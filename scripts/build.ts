/**
 * `npm run build`: the data loaders, Astro's build and Pagefind's index, in one Node process.
 *
 *   node scripts/build.ts [--outDir <dir>] [--no-data] [--force] [--timings <file.json>]
 *
 * The loaders run in a thread of their own while this thread loads Astro (each takes about half
 * a second, and the machine has a second core). Astro starts once all but the citation and chart
 * loaders (LATE) have passed, and its bundler waits for those (src/integrations/data-loaders.ts):
 * they take over a second when citeproc has to build its engines (no cache yet, as on CI), and
 * only the pages read their output. A failing loader stops the build, with every problem printed
 * (./lib/run.ts). Pagefind then indexes the output through its Node API, with the settings of pagefind.yml, the file its
 * command line reads, so `npx pagefind --site dist` by hand writes the same index. One process
 * instead of three (npm run data, astro build, pagefind) saves two Node starts and the loaders'
 * time. `--no-data` skips the loaders (the tests' second builds: npm test has just run them);
 * `--force` runs every loader even when its cached output would do (as `npm run data -- --force`).
 * `--timings` writes each stage's seconds as JSON (the bench reads them).
 */
import module from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pagefindOptions } from './lib/pagefind-options.ts';
import { LATE_DATA } from '../src/integrations/data-loaders.ts';

// As Astro's own command line does: compiled modules are cached between runs, except on CI.
if (!process.env.CI) module.enableCompileCache?.();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.MIMALLOC_ALLOW_THP = '0';

const root = process.cwd();

/**
 * Outputs only the pages read (not astro.config.mjs, the content config or the integrations' start):
 * Astro starts while these loaders run, and its bundler waits for them (src/integrations/data-loaders.ts).
 * They are the slow ones: citeproc builds an engine per style and language, about 1.2 s in all, and
 * Plot draws the charts, about 0.3 s (the charts' pictures thread waits for them too, ../src/integrations/og-images.ts).
 */
const LATE = ['citation.json', 'citeproc.json', 'chart-svgs.json'];

/** Every loader, in a thread: the others first, then LATE; each promise is true if its loaders all passed (each failure is printed). */
function runLoadersInThread(force: boolean): { early: Promise<boolean>; late: Promise<boolean> } {
  const runner = new URL('./lib/run.ts', import.meta.url).href;
  const source = `import { parentPort } from 'node:worker_threads';
import { loaders, runLoaders } from ${JSON.stringify(runner)};
const late = ${JSON.stringify(LATE)};
const run = (only) => runLoaders(${JSON.stringify(root)}, { force: ${force}, only });
parentPort.postMessage({ early: run(loaders.filter((l) => !late.includes(l.output))) });
parentPort.postMessage({ late: run(loaders.filter((l) => late.includes(l.output))) });`;
  const thread = new Worker(source, { eval: true });
  const answer = (key: 'early' | 'late') =>
    new Promise<boolean>((resolveOk, reject) => {
      const listen = (message: Record<string, boolean>) => {
        if (!(key in message)) return;
        thread.off('message', listen);
        resolveOk(message[key]);
      };
      thread.on('message', listen);
      thread.once('error', reject);
    });
  return { early: answer('early'), late: answer('late') };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (!value || value.startsWith('--')) throw new Error(`scripts/build.ts: ${name} needs a value`);
    return value;
  };
  const outDir = resolve(root, option('--outDir') ?? 'dist');
  const timingsFile = option('--timings');
  const started = performance.now();
  const seconds = (from: number) => (performance.now() - from) / 1000;

  const data = args.includes('--no-data') ? { early: Promise.resolve(true), late: Promise.resolve(true) } : runLoadersInThread(args.includes('--force'));
  const astro = import('astro');
  if (!(await data.early)) {
    await data.late.catch(() => false); // its problems are printed too: every failing loader in one run
    console.error('build: stopped, the data loaders failed (every problem is listed above)');
    process.exit(1);
  }
  let dataSeconds = 0;
  (globalThis as Record<symbol, unknown>)[LATE_DATA] = data.late.then((ok) => {
    dataSeconds = seconds(started);
    if (!ok) console.error('build: stopped, the data loaders failed (every problem is listed above)');
    return ok;
  });
  const { build } = await astro;
  const astroStarted = performance.now();
  await build({ root, outDir });
  const astroSeconds = seconds(astroStarted);

  const indexStarted = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex(pagefindOptions(join(root, 'pagefind.yml')));
  if (!index) throw new Error(`Pagefind: ${errors.join('\n')}`);
  const added = await index.addDirectory({ path: outDir });
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  await pagefind.close();
  const problems = [...errors, ...added.errors, ...written.errors];
  if (problems.length) throw new Error(`Pagefind: ${problems.join('\n')}`);
  const indexSeconds = seconds(indexStarted);

  const total = seconds(started);
  console.log(`build: ${total.toFixed(2)} s (data loaders ${dataSeconds.toFixed(2)} s while Astro started, Astro ${astroSeconds.toFixed(2)} s, Pagefind ${indexSeconds.toFixed(2)} s)`);
  if (timingsFile) writeFileSync(timingsFile, JSON.stringify({ data: dataSeconds, astro: astroSeconds, pagefind: indexSeconds, total }));
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
