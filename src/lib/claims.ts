/**
 * Reads the provenance markers out of MDX source: <Claim src="S8 kompas-2022" basis="…" why="…" />
 * and <Cite k="woolcock-2001" />, and the glossary references <Term id="…">, through the one MDX
 * reader (src/lib/mdx/read.ts). Pure, so the claims loader and its tests share it.
 */
import { bases, type Basis } from './vocabulary.ts';
import { jsxElements, readMdx, stringAttribute, type MdxDocument } from './mdx/read.ts';

const isBasis = (value: string): value is Basis => (bases as readonly string[]).includes(value);
export interface FoundClaim {
  keys: string[];
  basis: Basis;
  why?: string;
  line: number;
  /** Offsets of the marker in the source: where its tag starts and ends. */
  start: number;
  end: number;
}
export interface FoundCite {
  key: string;
  line: number;
}
export interface FoundTerm {
  id: string;
  line: number;
}

const asDoc = (source: string | MdxDocument, file: string) => (typeof source === 'string' ? readMdx(source, file) : source);

export function findClaims(source: string | MdxDocument, file: string): FoundClaim[] {
  const doc = asDoc(source, file);
  return jsxElements(doc, 'Claim').map((el) => {
    const { line } = el;
    const src = stringAttribute(el, 'src', file);
    if (!src?.trim()) throw new Error(`${file}:${line}: <Claim> needs src="…" with at least one source key`);
    const basis = stringAttribute(el, 'basis', file) ?? 'stated';
    if (!isBasis(basis)) throw new Error(`${file}:${line}: <Claim basis="${basis}">: basis is "stated" or "interpreted"`);
    const why = stringAttribute(el, 'why', file);
    if (basis === 'interpreted' && !why?.trim()) throw new Error(`${file}:${line}: <Claim src="${src}" basis="interpreted"> needs why="…" (a one-line rationale)`);
    return { keys: src.split(/\s+/).filter(Boolean), basis, why, line, start: el.start, end: el.end };
  });
}

/** Each <tag attr="…">'s value (trimmed) and line; a missing or blank value fails, naming the file, the line and what it must be. */
function requiredValues(doc: MdxDocument, tag: string, attr: string, file: string, what: string): { value: string; line: number }[] {
  return jsxElements(doc, tag).map((el) => {
    const value = stringAttribute(el, attr, file);
    if (!value?.trim()) throw new Error(`${file}:${el.line}: <${tag}> needs ${attr}="…" (${what})`);
    return { value: value.trim(), line: el.line };
  });
}

export function findCites(source: string | MdxDocument, file: string): FoundCite[] {
  return requiredValues(asDoc(source, file), 'Cite', 'k', file, 'a key of src/data/references.json').map(({ value, line }) => ({ key: value, line }));
}

/** Every <Term id="…"> of the prose (ids of src/data/glossary.json). */
export function findTerms(source: string | MdxDocument, file: string): FoundTerm[] {
  return requiredValues(asDoc(source, file), 'Term', 'id', file, 'an id of src/data/glossary.json').map(({ value, line }) => ({ id: value, line }));
}
