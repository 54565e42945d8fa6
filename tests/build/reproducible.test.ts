/**
 * A clean build of the same sources (scripts/build.ts: Astro, then Pagefind) into a fresh directory must be
 * byte-identical to dist/, the build `npm test` has just made: a citation, a cache or a
 * mirror must not change because the site was rebuilt. The data loaders ran once before;
 * their outputs are the inputs of both builds. (Run on an older dist/, it fails until
 * `npm run build` has rebuilt it.) A test rather than a CI script so a cause (a timestamp, a
 * random id, map ordering) is caught where it is introduced, on every `npm test`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBuild } from '../support/build.ts';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { filesUnder } from '../../src/lib/files.ts';

function fileHashes(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((rel) => [rel, createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex')]));
}

/** Files only in one build, or with different bytes. */
function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => a.get(name) !== b.get(name)).map((name) => (!a.has(name) ? `${name} (only in the second build)` : !b.has(name) ? `${name} (only in the first build)` : `${name} (bytes differ)`));
}

const tmp = mkdtempSync(join(tmpdir(), 'cg-repro-'));
const builds = [join(root, 'dist'), join(tmp, 'fresh')];

beforeAll(() => {
  requireBuilt(builds[0]);
  // Every picture drawn afresh, not taken from the cache of earlier builds (src/integrations/picture-cache.ts):
  // what the cache gave dist/ must be what drawing gives now.
  siteBuild(builds[1], { PICTURE_CACHE: 'off' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('a clean rebuild is byte-identical to dist/', () => {
    const [one, two] = builds.map(fileHashes);
    expect(one.size).toBeGreaterThan(4);
    expect(differingFiles(one, two)).toEqual([]);
  });
});
