/**
 * `npm audit --omit=dev` reports no high or critical vulnerability in what the site ships
 * (it needs the npm registry, which CI reaches).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../../tools/lib/site.ts';

describe('npm audit', () => {
  it('finds no high or critical vulnerability in the production dependencies', () => {
    const npm = process.env.npm_execpath;
    const [cmd, args] = npm ? [process.execPath, [npm]] : ['npm', []];
    const result = spawnSync(cmd, [...args, 'audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw new Error(`npm audit gave no JSON (exit ${result.status}); is the npm registry reachable?\n${result.stdout}\n${result.stderr}`);
    }
    if (report.error) throw new Error(`npm audit failed: ${report.error.summary ?? JSON.stringify(report.error)}`);
    const counts = report.metadata?.vulnerabilities ?? {};
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  });
});
