/**
 * CPU profile of `npm run build` (scripts/build.ts) on the scale run's synthetic content (not part of npm test):
 * `npm run profile -- 10` builds a 10× copy under `node --cpu-prof` and prints the top
 * self-time entries by function and by package (node_modules/<name>, node internals,
 * garbage collection, the project's own files). `--keep` keeps the .cpuprofile.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCopy } from './lib/scale.ts';
import { htmlFilesUnder } from '../src/lib/files.ts';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const root = process.cwd();
const factor = Number(process.argv.find((a, i) => i > 1 && /^\d+$/.test(a)) ?? 10);
const keep = process.argv.includes('--keep');
const top = 15;

/** Self time per profile node, in ms, from the sample deltas. */
export function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return self;
}

function area(url: string, name: string): string {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)' || name === '(program)') return name;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:') || (!url && name)) return `node internals`;
  if (url.includes('/src/') || url.includes('/scripts/') || url.includes('/dist/.prerender/')) return 'project (src/, scripts/, compiled pages)';
  return url ? 'other' : '(unknown)';
}

function summarize(profile: Profile): string {
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/^\/tmp\/cg-scale-[^/]+\//, '');
    const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const a = area(url, functionName);
    byArea.set(a, (byArea.get(a) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `| ${k.replace(/\|/g, '\\|')} | ${(ms / 1000).toFixed(1)} s | ${((100 * ms) / total).toFixed(1)} % |`);
  return [
    `samples: ${(total / 1000).toFixed(1)} s`,
    '',
    '| package / area (self time) | time | share |',
    '| --- | --- | --- |',
    ...rows(byArea),
    '',
    '| function (self time) | time | share |',
    '| --- | --- | --- |',
    ...rows(byFunction),
  ].join('\n');
}

const dir = syntheticCopy(root, factor);
const profDir = mkdtempSync(join(tmpdir(), 'cg-prof-'));
try {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    return performance.now() - t0;
  };
  // The whole of npm run build (scripts/build.ts: the data loaders' thread, Astro, Pagefind); each thread is a profile.
  const wall = run(['--cpu-prof', '--cpu-prof-dir', profDir, join(dir, 'scripts', 'build.ts')]);
  const pages = htmlFilesUnder(join(dir, 'dist')).length;
  console.log(`## npm run build at ${factor}× (${pages} pages): ${(wall / 1000).toFixed(1)} s wall\n`);
  for (const file of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile;
    if (profile.samples.length < 100) continue; // a short-lived helper process
    console.log(summarize(profile));
    console.log();
  }
  if (keep) console.log(`profiles kept in ${profDir}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (!keep) rmSync(profDir, { recursive: true, force: true });
}
