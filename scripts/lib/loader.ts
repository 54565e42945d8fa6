/**
 * Data loaders, after Observable Framework: each one is named after the file it
 * produces (abstract.json.ts -> src/generated/abstract.json), validates its inputs,
 * returns the derived value, and fails with a message naming file, row and field.
 * The runner writes the output deterministically and logs to stderr.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Loader<T> {
  /** File name of the output inside src/generated/. */
  output: string;
  build(root: string): T;
  /**
   * Files and folders (from the root) the output depends on, code included, when its build is
   * slow enough to skip while they are unchanged (scripts/lib/cache.ts). Leave it out to run
   * the loader every time.
   */
  inputs?: string[];
  /**
   * Only the built pages read the output (and what waits for them), not astro.config.mjs, the
   * content config or an integration's start: `npm run build` starts Astro while it runs
   * (scripts/build.ts), for the slow loaders.
   */
  late?: true;
  /** The dev server never reads the output: it does not run the loader again when src/data changes. */
  notInDev?: true;
}

/** Stable JSON: two-space indent and a final newline, so two builds write identical bytes. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeOutput(root: string, output: string, value: unknown): string {
  return writeText(root, output, stableJson(value));
}

/** Write an output's text, leaving the file untouched when it already holds it (no needless reload in dev). */
export function writeText(root: string, output: string, text: string): string {
  const file = join(root, 'src', 'generated', output);
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return file;
}

/** Read a JSON source file; a syntax error names the file. */
export function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
