/**
 * One reader for the prose: an MDX source parsed by the MDX parser Astro itself compiles
 * the pages with (satteri, through @astrojs/markdown-satteri; heading attributes on, as in
 * astro.config.mjs), so every check sees what the build sees. The claims check
 * (src/lib/claims.ts), the guard (src/lib/guard.ts) and the page list (scripts/pages.json.ts)
 * read their markers, prose and headings from here, never with regular expressions.
 * `<Claim src='S14' />` (single quotes) is the same element as `<Claim src="S14" />`.
 * Pure: takes the source text, reads no file.
 */
import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';

/** An mdast node as the parser returns it (unist: type, position, children). */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { hProperties?: Record<string, unknown> };
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  children?: MdxNode[];
}

export interface MdxDocument {
  file: string;
  source: string;
  tree: MdxNode;
}

/**
 * Parses an MDX source; a syntax error names the file and the line ("f.mdx:3:7: …").
 * `asShown`: with the smart punctuation the build's MDX compiler applies (curly quotes, dashes and
 * ellipses: satteri's default, which astro.config.mjs keeps), so texts read as the page shows them;
 * by default they read as written.
 */
export function readMdx(source: string, file: string, options: { asShown?: boolean } = {}): MdxDocument {
  try {
    return { file, source, tree: mdxToMdast(source, { features: { headingAttributes: true, smartPunctuation: options.asShown ?? false } }) as MdxNode };
  } catch (error) {
    const message = (error as Error).message;
    // The parser's messages start with "line:column: ".
    throw new Error(/^\d+:\d+: /.test(message) ? `${file}:${message}` : `${file}: ${message}`);
  }
}

/** Every node of the tree, depth first, in document order. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX element of the prose, with its attributes as written. */
export interface JsxElement {
  name: string;
  /**
   * Attribute values: a string for `a="x"` or `a='x'`, `true` for a bare `a`, and
   * `{ expression }` for `a={…}` (a check that wants a string says so, naming the line).
   */
  attributes: Record<string, string | true | { expression: string }>;
  /** Spread attributes (`{...x}`) as written, which no check can read. */
  spreads: string[];
  line: number;
  /** Offsets of the element in the source: where its tag starts and where it ends. */
  start: number;
  end: number;
  node: MdxNode;
}

/** The JSX elements named `name` (e.g. "Claim"), in document order. */
export function jsxElements(doc: MdxDocument, name: string): JsxElement[] {
  const out: JsxElement[] = [];
  for (const node of walk(doc.tree)) {
    if (!isJsx(node) || node.name !== name) continue;
    const attributes: JsxElement['attributes'] = {};
    const spreads: string[] = [];
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxExpressionAttribute') spreads.push(String(attr.value));
      else if (attr.value === null || attr.value === undefined) attributes[attr.name!] = true;
      else if (typeof attr.value === 'string') attributes[attr.name!] = attr.value;
      else attributes[attr.name!] = { expression: String((attr.value as { value?: unknown }).value ?? '') };
    }
    out.push({ name, attributes, spreads, line: node.position!.start.line, start: node.position!.start.offset, end: node.position!.end.offset, node });
  }
  return out;
}

/**
 * A string attribute of an element, or undefined when absent; fails, naming the file and
 * line, when it is written as a bare flag or an expression (the checks read literal text only).
 */
export function stringAttribute(el: JsxElement, attr: string, file: string): string | undefined {
  const value = el.attributes[attr];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const written = value === true ? attr : `${attr}={${value.expression}}`;
  throw new Error(`${file}:${el.line}: <${el.name} ${written}>: write ${attr} as text in quotes, e.g. ${attr}="…"`);
}

/** The YAML frontmatter (parsed with js-yaml, the parser Astro uses), or undefined when there is none. */
export function frontmatter(doc: MdxDocument): unknown {
  const node = doc.tree.children?.find((n) => n.type === 'yaml');
  if (!node) return undefined;
  try {
    return yaml.load(String(node.value));
  } catch (error) {
    throw new Error(`${doc.file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
}

/** The text of a node as a reader sees it: text and inline code, JSX elements' children included. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

export interface MdxHeading {
  depth: number;
  /** The explicit id (`## Metode {#method}`), or undefined when the heading has none. */
  id: string | undefined;
  text: string;
  line: number;
  /** Offset where the heading starts in the source. */
  start: number;
}

/** The headings of the prose, in document order (those inside code blocks are code, not headings). */
export function headings(doc: MdxDocument): MdxHeading[] {
  return [...walk(doc.tree)]
    .filter((n) => n.type === 'heading')
    .map((n) => {
      const id = n.data?.hProperties?.id;
      return { depth: n.depth!, id: typeof id === 'string' ? id : undefined, text: textOf(n).trim(), line: n.position!.start.line, start: n.position!.start.offset };
    });
}

/** A stretch of prose: the text of one block (paragraph, heading, table cell), with the line each character came from. */
export interface ProseBlock {
  text: string;
  /** Line of the source at a text offset. */
  lineAt(index: number): number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The prose of a document, block by block: the text a reader reads, without frontmatter,
 * imports and exports, code, or JSX attribute values (which are not prose). A JSX element
 * counts as a word boundary, its children as text.
 */
export function proseBlocks(doc: MdxDocument): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: MdxNode) => {
    // A block, or a JSX element written around text on its own lines (its text is the block).
    if (BLOCKS.has(node.type) || (node.children ?? []).some((c) => c.type === 'text')) {
      const parts: { text: string; line: number }[] = [];
      const collect = (n: MdxNode) => {
        if (n.type === 'text') parts.push({ text: String(n.value ?? ''), line: n.position?.start.line ?? 0 });
        else if (isJsx(n)) {
          parts.push({ text: ' ', line: n.position?.start.line ?? 0 });
          (n.children ?? []).forEach(collect);
          parts.push({ text: ' ', line: n.position?.end.line ?? 0 });
        } else (n.children ?? []).forEach(collect);
      };
      (node.children ?? []).forEach(collect);
      const text = parts.map((p) => p.text).join('');
      // The line of each character: a text node may span lines.
      const lines: number[] = [];
      for (const p of parts) {
        let line = p.line;
        for (const ch of p.text) {
          lines.push(line);
          if (ch === '\n') line += 1;
          if (ch.length === 2) lines.push(line);
        }
      }
      blocks.push({ text, lineAt: (index) => lines[Math.min(index, lines.length - 1)] ?? node.position?.start.line ?? 0 });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc.tree);
  return blocks;
}
