/**
 * The Nu HTML Checker (vnu-jar, offline, on Java) reports zero errors on every built page.
 * One JVM call checks all pages. No message is filtered: fix the cause.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, requireBuilt, root } from '../../tools/lib/site.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function java(): string {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'Java is missing: the HTML check runs the Nu HTML Checker (vnu.jar) on Java 11 or newer. Install it with "apt-get install -y default-jre-headless" (Debian; .ci/run does this in CI).',
    );
  }
  return 'java';
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('reports no error on any built page', () => {
    const files = htmlPages(dist).map((p) => join(dist, p.endsWith('/') ? `${p}index.html` : p));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const result = spawnSync(java(), ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    let messages: VnuMessage[];
    try {
      messages = JSON.parse(result.stderr).messages;
    } catch {
      throw new Error(`vnu.jar gave no JSON report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(`file:${dist}`, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('catches an invalid page (the checker is really running)', () => {
    const result = spawnSync(java(), ['-jar', vnuJar, '--errors-only', '--format', 'json', '-'], {
      input: '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad</div></p><span id="a"></span><span id="a"></span></body></html>',
      encoding: 'utf8',
    });
    const messages: VnuMessage[] = JSON.parse(result.stderr).messages;
    expect(messages.some((m) => m.type === 'error' && /Duplicate ID/.test(m.message))).toBe(true);
  });
});
