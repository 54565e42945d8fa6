/**
 * `npm run check`: the fast gate for authors, no build and no browser (well under a minute).
 * 1. the data loaders (every bad row of every file, src/data/ and the prose's claims);
 *    (the pages loader also checks every MDX page's frontmatter against the content schema,
 *    its translation and its heading ids, so no `astro sync` is needed here);
 * 2. types, when a type checker is installed (`tsc --noEmit`; the project does not ship one);
 * 3. the unit tests (Vitest project "unit", in parallel).
 * Every step runs even when one before fails; the summary names each and the run exits
 * non-zero if any failed. `npm test` is the full gate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runLoaders } from '../scripts/lib/run.ts';

const root = process.cwd();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results: { step: string; ok: boolean | null; ms: number; note?: string }[] = [];

function step(name: string, action: () => boolean | null, note?: string): void {
  const t0 = performance.now();
  let ok: boolean | null;
  try {
    ok = action();
  } catch (error) {
    console.error((error as Error).message);
    ok = false;
  }
  results.push({ step: name, ok, ms: performance.now() - t0, note });
}

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status === 0;
const bin = (...parts: string[]) => join(root, 'node_modules', ...parts);

step('data loaders', () => runLoaders(root));
const tsc = bin('typescript', 'bin', 'tsc');
step('types (tsc --noEmit)', () => (existsSync(tsc) ? run([tsc, '--noEmit']) : null), existsSync(tsc) ? undefined : 'skipped: typescript is not installed');
step('unit tests', () => run([bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit']));

console.log('\ncheck:');
for (const r of results) console.log(`  ${r.ok === null ? '–' : r.ok ? '✓' : '✗'} ${r.step} (${(r.ms / 1000).toFixed(1)} s)${r.note ? ` ${r.note}` : ''}`);
const total = results.reduce((a, r) => a + r.ms, 0);
console.log(`  ${(total / 1000).toFixed(1)} s in all`);
if (results.some((r) => r.ok === false)) process.exit(1);
