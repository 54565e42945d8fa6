/**
 * Reads the provenance markers out of MDX source: <Claim src="S8 kompas-2022" basis="…" why="…" />
 * and <Cite k="woolcock-2001" />. Pure, so the claims loader and its tests share it.
 */
import { bases, type Basis } from './vocabulary.ts';

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

const TAG = (name: string) => new RegExp(`<${name}\\b((?:[^>"]|"[^"]*")*)/?>`, 'g');
const ATTR = /([A-Za-z]+)(?:="([^"]*)")?/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1]] = m[2] ?? 'true';
  return out;
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

export function findClaims(source: string, file: string): FoundClaim[] {
  return [...source.matchAll(TAG('Claim'))].map((m) => {
    const attrs = attributes(m[1]);
    const line = lineOf(source, m.index);
    if (!attrs.src?.trim()) throw new Error(`${file}:${line}: <Claim> needs src="…" with at least one source key`);
    const basis = attrs.basis ?? 'stated';
    if (!isBasis(basis)) throw new Error(`${file}:${line}: <Claim basis="${basis}">: basis is "stated" or "interpreted"`);
    if (basis === 'interpreted' && !attrs.why?.trim()) throw new Error(`${file}:${line}: <Claim src="${attrs.src}" basis="interpreted"> needs why="…" (a one-line rationale)`);
    return { keys: attrs.src.split(/\s+/).filter(Boolean), basis, why: attrs.why, line, start: m.index, end: m.index + m[0].length };
  });
}

export function findCites(source: string, file: string): FoundCite[] {
  return [...source.matchAll(TAG('Cite'))].map((m) => {
    const attrs = attributes(m[1]);
    const line = lineOf(source, m.index);
    if (!attrs.k?.trim()) throw new Error(`${file}:${line}: <Cite> needs k="…" (a key of src/data/references.json)`);
    return { key: attrs.k.trim(), line };
  });
}
