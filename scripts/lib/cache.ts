/**
 * A loader whose output depends only on files it names (`inputs`) can skip its work when none
 * of them changed since its last run: the output it wrote, with the hash of its inputs and of
 * itself, is kept in node_modules/.cache/cg-data/ and written to src/generated/ again when
 * the inputs hash the same (a copy of the project sharing node_modules, like the bench's
 * scale run, reuses it too). Same bytes either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** One entry per output and inputs hash (a few kept), so copies with other inputs do not evict each other. */
const entry = (root: string, output: string, inputsHash: string) => join(cacheDir(root), `${output}.${inputsHash.slice(0, 32)}`);
const KEEP = 4;

/** The output a run over inputs with this hash wrote, if the cache holds it intact. */
export function cachedOutput(root: string, output: string, inputsHash: string): string | undefined {
  const file = entry(root, output, inputsHash);
  if (!existsSync(file)) return undefined;
  const [check, ...rest] = readFileSync(file, 'utf8').split('\n');
  const text = rest.join('\n');
  return check === `${inputsHash} ${sha(text)}` ? text : undefined;
}

export function remember(root: string, output: string, inputsHash: string): void {
  const text = readFileSync(join(root, 'src', 'generated', output), 'utf8');
  mkdirSync(cacheDir(root), { recursive: true });
  writeFileSync(entry(root, output, inputsHash), `${inputsHash} ${sha(text)}\n${text}`);
  const old = readdirSync(cacheDir(root))
    .filter((name) => name.startsWith(`${output}.`))
    .map((name) => ({ name, time: statSync(join(cacheDir(root), name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
    .slice(KEEP);
  for (const { name } of old) rmSync(join(cacheDir(root), name), { force: true });
}
