/**
 * The scale run's synthetic content: a copy of the project in a temporary directory (never
 * in src/) with every chapter, in both languages, repeated `factor` times (`<slug>-copy-<k>`,
 * ordered after the originals). Used by `npm run bench` and `npm run profile`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function syntheticCopy(root: string, factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), `cg-scale-${factor}x-`));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  rmSync(join(dir, 'src', 'generated'), { recursive: true, force: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const lang of ['id', 'en']) {
    const pagesDir = join(dir, 'src', 'content', 'pages', lang);
    for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(pagesDir, file), 'utf8');
      for (let k = 1; k < factor; k++) {
        const copy = source.replace(/^order:\s*(\d+)/m, (_, n) => `order: ${Number(n) + 1000 * k}`);
        writeFileSync(join(pagesDir, file.replace(/\.mdx$/, `-copy-${k}.mdx`)), copy);
      }
    }
  }
  return dir;
}
