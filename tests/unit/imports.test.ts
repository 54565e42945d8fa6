/**
 * The shape of the tree: data → loaders → pages → index, with tools and tests on top.
 * Walks every relative import of the project's own code (not MDX prose) and fails on an
 * import cycle or on code outside tests/ importing from tests/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const codeDirs = ['src', 'scripts', 'tools', 'tests'];
const skip = new Set(['src/content', 'src/generated', 'node_modules']);
const codeFile = /\.(ts|mjs|astro)$/;

function walk(dir: string): string[] {
  const rel = relative(root, dir);
  if (skip.has(rel)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : codeFile.test(name) ? [relative(root, path)] : [];
  });
}

/** Relative specifiers of static and dynamic imports and re-exports (comments stripped first). */
function relativeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((m) => m[2].split('?')[0]);
}

const files = [...codeDirs.flatMap((d) => walk(join(root, d))), 'astro.config.mjs', 'vitest.config.ts'];
const graph = new Map(files.map((file) => [file, relativeImports(readFileSync(join(root, file), 'utf8')).map((spec) => normalize(join(dirname(file), spec)))]));

/** Every cycle found by a depth-first walk, each written a → b → a. */
function cycles(edges: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  it('walks the project code', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('imports nothing from tests/ outside tests/ (shared helpers live in tools/lib/ or src/lib/)', () => {
    const wrong = [...graph].flatMap(([file, targets]) => (file.startsWith('tests/') ? [] : targets.filter((t) => t.startsWith('tests/')).map((t) => `${file} → ${t}`)));
    expect(wrong).toEqual([]);
  });

  it('every relative import of site, loader and tool code resolves to a file', () => {
    // Test files hold import lines as fixture text, so they are left out here.
    // src/generated/X is written by the loader scripts/X.ts (unit tests run before any build).
    const resolves = (t: string) => files.includes(t) || existsQuiet(t) || (t.startsWith('src/generated/') && existsQuiet(`scripts/${t.slice('src/generated/'.length)}.ts`));
    const missing = [...graph].filter(([file]) => !file.startsWith('tests/')).flatMap(([file, targets]) => targets.filter((t) => !resolves(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('the cycle finder sees a cycle', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a → b → c → a']);
  });
});

function existsQuiet(path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}
