/**
 * The scale run's synthetic content: a copy of the project in a temporary directory (never
 * in src/) with every prose page (a kind with `prose` in src/lib/pages.ts: the chapters a
 * longer report would add), in both languages, repeated `factor` times (`<slug>-copy-<k>`,
 * ordered after the originals). Tool pages (the claims ledger, explorer, charts, codebook,
 * glossary, references) are site-wide: a hundred copies of the ledger, each listing every
 * claim of a hundred times the content, measure a site no one would build. Used by
 * `npm run bench` and `npm run profile`; the Starlight baseline reads the same copy.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindTraits, type PageKind } from '../../src/lib/pages.ts';
import { readFrontmatter } from '../../src/lib/content.ts';

export function syntheticCopy(root: string, factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `cg-scale-${factor}x-`));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'pagefind.yml', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  rmSync(join(dir, 'src', 'generated'), { recursive: true, force: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const lang of ['id', 'en']) {
    const pagesDir = join(dir, 'src', 'content', 'pages', lang);
    for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(pagesDir, file), 'utf8');
      const { kind } = readFrontmatter(source, file) as { kind?: PageKind };
      if (!kind || !kindTraits[kind]?.prose) continue;
      for (let k = 1; k < factor; k++) {
        // A copy is one more chapter: a kind that names one page (the abstract, the findings, …) stays with the original.
        const copy = source.replace(/^order:\s*(\d+)/m, (_, n) => `order: ${Number(n) + 1000 * k}`).replace(/^kind:\s*\S+/m, "kind: chapter");
        writeFileSync(join(pagesDir, file.replace(/\.mdx$/, `-copy-${k}.mdx`)), copy);
      }
    }
  }
  return dir;
}
