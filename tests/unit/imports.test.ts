/**
 * The shape of the tree: data → loaders → pages → index, with tools and tests on top.
 * Walks every import of the project's own code (not MDX prose) and fails on an import
 * cycle, on code outside tests/ importing from tests/, on a relative import of a file that
 * does not exist and on a package that package.json does not declare, in any file, tests
 * and tools included. TypeScript and JavaScript are read with es-module-lexer (the lexer Vite
 * uses), so an import written inside a string (a test's fixture text) is not an import;
 * .astro files are read from their frontmatter and scripts.
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { init, parse } from 'es-module-lexer';
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

await init;

/** Specifiers of static and dynamic imports and re-exports: lexed in TS/JS, read from the code parts of an .astro file. */
function importSpecifiers(source: string, file: string): string[] {
  if (!file.endsWith('.astro')) return parse(source, file)[0].map((i) => i.n).filter((n): n is string => typeof n === 'string');
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\s]+)\1/g)].map((m) => m[2]);
}
const isRelative = (spec: string) => spec.startsWith('./') || spec.startsWith('../');

const files = [...codeDirs.flatMap((d) => walk(join(root, d))), 'astro.config.mjs', 'vitest.config.ts'];
const specifiers = new Map(files.map((file) => [file, importSpecifiers(readFileSync(join(root, file), 'utf8'), file)]));
const graph = new Map([...specifiers].map(([file, specs]) => [file, specs.filter(isRelative).map((spec) => normalize(join(dirname(file), spec.split('?')[0])))]));

/** The package a bare specifier names: "@astrojs/mdx/x" → "@astrojs/mdx"; node built-ins and Astro's virtual modules are none. */
function packageOf(spec: string): string | undefined {
  if (isRelative(spec) || spec.startsWith('/') || spec.startsWith('node:') || spec.startsWith('astro:') || builtinModules.includes(spec.split('/')[0])) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

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

  it('every relative import resolves to a file, in site, loader, tool and test code alike', () => {
    // src/generated/X is written by the loader scripts/X.ts (unit tests run before any build).
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !resolves(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('every package imported is declared in package.json', () => {
    const undeclared = [...specifiers].flatMap(([file, specs]) => specs.map(packageOf).filter((p): p is string => !!p && !declared.has(p)).map((p) => `${file} → ${p}`));
    expect(undeclared).toEqual([]);
  });

  it('sees a missing module imported by a test, and not one written in a fixture string', () => {
    const test = "import { x } from '../../tools/lib/nope.ts';\nconst fixture = `import A from '../../src/gone.ts';`;\nawait import('../support/also-gone.ts');\n";
    const specs = importSpecifiers(test, 'tests/build/x.test.ts');
    expect(specs).toEqual(['../../tools/lib/nope.ts', '../support/also-gone.ts']);
    expect(specs.map((s) => normalize(join('tests/build', s))).filter((t) => !resolves(t))).toEqual(['tools/lib/nope.ts', 'tests/support/also-gone.ts']);
    expect(packageOf('@astrojs/mdx/server')).toBe('@astrojs/mdx');
    expect(packageOf('node:fs')).toBeUndefined();
  });

  it('the cycle finder sees a cycle', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a → b → c → a']);
  });
});

function resolves(target: string): boolean {
  return files.includes(target) || existsQuiet(target) || (target.startsWith('src/generated/') && existsQuiet(`scripts/${target.slice('src/generated/'.length)}.ts`));
}

function existsQuiet(path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}
