/**
 * Builds the site under a sub-path (BASE_PATH=/skripsi/, as on a university server) and
 * checks that every internal link, stylesheet, script and icon resolves to a built file,
 * and that every #fragment exists on its target page.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, root } from '../support/site.ts';
import { checkLinks } from '../support/links.ts';
import { astroBuild } from '../support/build.ts';

const BASE = '/skripsi/';
const outDir = join(root, 'dist-base');

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  astroBuild(outDir, { BASE_PATH: BASE });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`a build under ${BASE}`, () => {
  it('has every page of the root build', () => {
    const pages = htmlPages(outDir);
    expect(pages).toEqual(htmlPages(join(root, 'dist')).filter((p) => !p.startsWith('/pagefind')));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('has no broken internal link, asset or fragment', () => {
    const { broken, checked } = checkLinks(outDir, BASE);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
