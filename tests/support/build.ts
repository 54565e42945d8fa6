/** Builds the site into another directory, for tests that need a second build. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../tools/lib/site.ts';

/** Vitest sets Vite's own variables (BASE_URL, MODE, …) in process.env; a child build must not inherit them. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key)) delete env[key];
  }
  return env;
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...cleanEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Astro writes generated types into the project's .astro/ on every build; test files run in
 * parallel, so builds take turns through a lock directory instead of writing it at once.
 */
function withBuildLock(action: () => void): void {
  const lock = join(root, 'node_modules', '.cg-build-lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 300_000) throw new Error(`${lock} held for 5 minutes: remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * `npm run build` into `outDir` (scripts/build.ts: Astro, then Pagefind), without the data loaders:
 * npm test has just run them, and their outputs are the inputs of every build.
 */
export function siteBuild(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  withBuildLock(() => run(`scripts/build.ts --outDir ${outDir} --no-data`, [join(root, 'scripts', 'build.ts'), '--outDir', outDir, '--no-data'], env));
}
