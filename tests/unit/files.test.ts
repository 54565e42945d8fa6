/** The one walker over a folder (src/lib/files.ts), on a temporary tree. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, htmlFilesUnder } from '../../src/lib/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'cg-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ['index.html', 'a-b/index.html', 'a/index.html', 'a/x.csv', 'pagefind/p.html', 'a/pagefind/q.html', 'b.txt']) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), '');
}

describe('filesUnder', () => {
  it('lists every file depth first, names sorted at each level, with "/" paths', () => {
    expect(filesUnder(dir)).toEqual(['a/index.html', 'a/pagefind/q.html', 'a/x.csv', 'a-b/index.html', 'b.txt', 'index.html', 'pagefind/p.html']);
  });

  it('does not enter a skipped folder at any depth, and picks HTML files', () => {
    expect(htmlFilesUnder(dir, ['pagefind'])).toEqual(['a/index.html', 'a-b/index.html', 'index.html']);
  });
});
