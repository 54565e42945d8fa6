/**
 * A loader whose output depends only on files it names (`inputs`) can skip its work when none
 * of them changed since its last run: the hash of the inputs and of the output it wrote are
 * kept in node_modules/.cache/cg-data/. The output file is rewritten from the cache only when
 * both match, so a deleted or hand-edited output is rebuilt. Same bytes either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cacheDir = (root: string) => join(root, 'node_modules', '.cache', 'cg-data');

/** Hash of every file under the given paths (files or folders), in a stable order. */
export function hashInputs(root: string, inputs: string[]): string {
  const hash = createHash('sha256');
  const add = (rel: string) => {
    const full = join(root, rel);
    if (!existsSync(full)) return void hash.update(`missing ${rel}\n`);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(`${rel}/${name}`);
      return;
    }
    hash.update(`${rel}\n`).update(readFileSync(full)).update('\n');
  };
  for (const input of [...inputs].sort()) add(input);
  return hash.digest('hex');
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** True when `output` in src/generated/ is what a run over these inputs wrote. */
export function isFresh(root: string, output: string, inputsHash: string): boolean {
  const record = join(cacheDir(root), `${output}.hash`);
  const file = join(root, 'src', 'generated', output);
  if (!existsSync(record) || !existsSync(file)) return false;
  return readFileSync(record, 'utf8') === `${inputsHash} ${sha(readFileSync(file, 'utf8'))}`;
}

export function remember(root: string, output: string, inputsHash: string): void {
  mkdirSync(cacheDir(root), { recursive: true });
  writeFileSync(join(cacheDir(root), `${output}.hash`), `${inputsHash} ${sha(readFileSync(join(root, 'src', 'generated', output), 'utf8'))}`);
}
