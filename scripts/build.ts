/**
 * `npm run build`: the data loaders, Astro's build and Pagefind's index, in one Node process.
 *
 *   node scripts/build.ts [--outDir <dir>] [--no-data] [--force] [--timings <file.json>]
 *
 * The loaders run in a thread of their own while this thread loads Astro (each takes about half
 * a second, and the machine has a second core). Astro starts once all but the `late` loaders
 * have passed (those only the pages read: citation, citeproc, chart SVGs), and its bundler waits
 * for those (src/integrations/data-loaders.ts): they take over a second when citeproc has to
 * build its engines (no cache yet, as on CI). A failing loader stops the build, with every
 * problem printed (./lib/run.ts). Pagefind then indexes the output through its Node API, with
 * the settings of pagefind.yml, the file its command line reads, so `npx pagefind --site dist`
 * by hand writes the same index. One process
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
import { DATA_FAILED, LATE_DATA } from '../src/integrations/data-loaders.ts';

// As Astro's own command line does: compiled modules are cached between runs, except on CI.
if (!process.env.CI) module.enableCompileCache?.();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.MIMALLOC_ALLOW_THP = '0';

const root = process.cwd();

/**
 * Every loader, in a thread: the others first, then the `late` ones; each promise is true if its
 * loaders all passed. The thread sends its log lines with each answer and they are printed here:
 * a thread's own console output reaches this one later, and a failed build, exiting, would cut it.
 */
function runLoadersInThread(force: boolean): { early: Promise<boolean>; late: Promise<boolean> } {
  const runner = new URL('./lib/run.ts', import.meta.url).href;
  const source = `import { parentPort } from 'node:worker_threads';
import { loaders, runLoaders } from ${JSON.stringify(runner)};
const run = (phase, only) => {
  const lines = [];
  const ok = runLoaders(${JSON.stringify(root)}, { force: ${force}, only, log: (line) => lines.push(line) });
  parentPort.postMessage({ phase, ok, lines });
};
run('early', loaders.filter((l) => !l.late));
run('late', loaders.filter((l) => l.late));`;
  const thread = new Worker(source, { eval: true });
  const printed = new Set<string>();
  const answer = (phase: 'early' | 'late') =>
    new Promise<boolean>((resolveOk, reject) => {
      const listen = (message: { phase: string; ok: boolean; lines: string[] }) => {
        if (message.phase !== phase) return;
        thread.off('message', listen);
        // A problem both phases found (an input they share) is printed once, as ./lib/run.ts does within a run.
        for (const line of message.lines.flatMap((block) => block.split('\n'))) {
          if (line.startsWith('data: ') || !printed.has(line)) console.error(line);
          printed.add(line);
        }
        resolveOk(message.ok);
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
    console.error(`build: stopped, ${DATA_FAILED}`);
    process.exit(1);
  }
  let dataSeconds = 0;
  // The bundler stops the build if one failed (src/integrations/data-loaders.ts).
  (globalThis as Record<symbol, unknown>)[LATE_DATA] = data.late.then((ok) => {
    dataSeconds = seconds(started);
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
