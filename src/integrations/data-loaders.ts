/**
 * Astro integration for `npm run dev`: when a file in src/data/ changes, the data loaders run
 * again and the browser reloads. They run inside the dev server (loaded once when it starts,
 * so a change costs the loaders' own time, not a new Node process; the slow citation loader
 * is skipped while its inputs are unchanged). A failing loader shows every problem in the
 * terminal and in Vite's error overlay, and the site keeps the last good data until the file
 * is fixed. After editing a loader's code (scripts/), restart `npm run dev`.
 *
 * In `astro build`, started by scripts/build.ts while the `late` loaders are still running (only
 * the pages read their output; Astro's start and its content sync do not), the bundler waits for
 * them before it reads a page (`LATE_DATA`), and stops the build if one failed.
 */
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

import { inBuild } from './vite-plugin-in-build.ts';

/** What the loaders' runner (scripts/lib/run.ts) gives the dev server. */
interface Runner {
  loaders: { notInDev?: true }[];
  runLoaders: (root: string, options: { log: (line: string) => void; only: Runner['loaders'] }) => boolean;
}

/** scripts/build.ts sets this to the loaders still running when Astro starts: true once they have all passed. */
export const LATE_DATA = Symbol.for('community-governance.late-data');
export const DATA_FAILED = 'the data loaders failed (every problem is listed above)';

export function dataLoaders(): AstroIntegration {
  return {
    name: 'data-loaders',
    hooks: {
      'astro:config:setup': inBuild({
        name: 'await-late-data',
        async buildStart() {
          const late = (globalThis as Record<symbol, Promise<boolean> | undefined>)[LATE_DATA];
          // The bundles only (not the dev server Astro reads the content config with).
          if (!late || this.environment?.mode !== 'build') return;
          if (!(await late)) throw new Error(DATA_FAILED);
        },
      }),
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const dataDir = join(root, 'src', 'data') + sep;
        // Node imports the loaders itself (type stripping), outside Vite's module graph.
        const runner = join(root, 'scripts', 'lib', 'run.ts');
        const loaded: Promise<Runner> = import(/* @vite-ignore */ pathToFileURL(runner).href);
        loaded.catch((error) => logger.error(`could not load ${runner}: ${(error as Error).message}`));
        let timer: NodeJS.Timeout | undefined;
        const run = async () => {
          const { loaders, runLoaders } = await loaded;
          const started = performance.now();
          const lines: string[] = [];
          const ok = runLoaders(root, { log: (line) => lines.push(line), only: loaders.filter((l) => !l.notInDev) });
          const ms = (performance.now() - started).toFixed(0);
          if (ok) {
            logger.info(`src/data changed: data loaders ran in ${ms} ms, reloading`);
            server.ws.send({ type: 'full-reload' });
          } else {
            const problems = lines.filter((line) => !line.startsWith('data: wrote') && !line.includes('from the cache')).join('\n');
            logger.error(`src/data changed: the data loaders failed (the site keeps the last good data)\n${problems}`);
            server.ws.send({ type: 'error', err: { message: `Data loaders failed:\n${problems}`, stack: '', plugin: 'data-loaders' } });
          }
        };
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(dataDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void run().catch((error) => logger.error(String(error))), 100);
        });
      },
    },
  };
}
