/**
 * The one walker over a folder (the built site in dist/, mostly): every file, depth first
 * with names sorted at each level, so every caller sees the same files in the same order
 * and outputs built from the list (dist/_headers) stay byte-identical. Build-time only (reads
 * the file system): used by the integrations, the tools and the tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` as paths relative to it with "/" ("en/abstrak/index.html"); folders named in `skip` are not entered, at any depth. */
export function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) {
        if (!skip.includes(name)) walk(rel);
      } else out.push(rel);
    }
  };
  walk('');
  return out;
}

/** The HTML files under `dir` (relative paths, as filesUnder). */
export function htmlFilesUnder(dir: string, skip: readonly string[] = []): string[] {
  return filesUnder(dir, skip).filter((file) => file.endsWith('.html'));
}
