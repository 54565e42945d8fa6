import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsLoader } from '../../scripts/claims.json.ts';
import { datasetLoader } from '../../scripts/dataset.json.ts';
import { glossaryLoader } from '../../scripts/glossary.json.ts';
import { sourcesLoader } from '../../scripts/sources.json.ts';
import { cachedOutput, hashInputs, remember } from '../../scripts/lib/cache.ts';
import { writeOutput } from '../../scripts/lib/loader.ts';
import { runLoaders } from '../../scripts/lib/run.ts';
import { editJson, fixtureRoot } from '../support/fixture.ts';

const only = [sourcesLoader, glossaryLoader, claimsLoader, datasetLoader];

describe('the data step', () => {
  it('reports every bad row of every file and every failing loader in one run', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/findings.json', (rows) => {
      rows[0].tie = 'nonsense';
      rows[1].sources = ['S99x'];
      rows[2].sources = ['no-such-key'];
    });
    editJson(root, 'src/data/actors.json', (rows) => (rows[0].sources = ['no-such-key']));
    editJson(root, 'src/data/glossary.json', (rows) => (rows[0].sources = ['another-missing-key']));
    const lines: string[] = [];
    expect(runLoaders(root, { only, log: (l) => lines.push(l) })).toBe(false);
    const out = lines.join('\n');
    const findings = JSON.parse(readFileSync(join(process.cwd(), 'src/data/findings.json'), 'utf8'));
    const actors = JSON.parse(readFileSync(join(process.cwd(), 'src/data/actors.json'), 'utf8'));
    expect(out).toContain(`src/data/findings.json: row 1 ("${findings[0].id}"): field "tie"`);
    expect(out).toContain(`src/data/findings.json: row 2 ("${findings[1].id}"): field "sources.0"`);
    expect(out).toContain(`src/data/findings.json: row 3 ("${findings[2].id}"): field "sources.0"`);
    expect(out).toContain(`src/data/actors.json: row 1 ("${actors[0].id}"): field "sources.0": unknown source key "no-such-key"`);
    expect(out).toContain('src/data/glossary.json');
    expect(out).toContain('another-missing-key');
    expect(out).toMatch(/data: 2 of 4 loaders failed/);
  });

  it('npm run build (scripts/build.ts) stops before Astro builds, printing the bad rows of both its loader phases', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/findings.json', (rows) => (rows[0].tie = 'nonsense')); // a loader Astro waits for
    editJson(root, 'src/data/study-keywords.json', (d) => (d.keywords = [])); // a `late` one (citation.json)
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir'); // the loaders read CSL styles from there
    const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'build.ts')], { cwd: root, encoding: 'utf8' });
    const findings = JSON.parse(readFileSync(join(process.cwd(), 'src/data/findings.json'), 'utf8'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`src/data/findings.json: row 1 ("${findings[0].id}"): field "tie"`);
    expect(result.stderr).toContain('src/data/study-keywords.json: field "keywords"');
    expect(result.stderr).toContain('build: stopped, the data loaders failed');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('runs clean on the real data', () => {
    const lines: string[] = [];
    expect(runLoaders(fixtureRoot(), { only, log: (l) => lines.push(l) }), lines.join('\n')).toBe(true);
  });

  it('reuses a loader\'s output while its inputs are unchanged, and not when they or the cached copy change', () => {
    const root = fixtureRoot();
    const inputs = ['src/data/study.json'];
    writeOutput(root, 'x.json', { a: 1 });
    const hash = hashInputs(root, inputs);
    expect(cachedOutput(root, 'x.json', hash)).toBeUndefined();
    remember(root, 'x.json', hash);
    expect(cachedOutput(root, 'x.json', hash)).toBe('{\n  "a": 1\n}\n');
    editJson(root, 'src/data/study.json', (d) => (d.city = 'Solo'));
    expect(cachedOutput(root, 'x.json', hashInputs(root, inputs))).toBeUndefined();
    // A damaged cache entry is not used.
    const saved = join(root, 'node_modules/.cache/cg-data', `x.json.${hash.slice(0, 32)}`);
    expect(existsSync(saved)).toBe(true);
    writeFileSync(saved, readFileSync(saved, 'utf8').replace('"a": 1', '"a": 2'));
    expect(cachedOutput(root, 'x.json', hash)).toBeUndefined();
  });
});
