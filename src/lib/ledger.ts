/**
 * The claims ledger: every <Claim> marker of the site as a row a person can review, with the
 * sentence it stands after, the page and section it sits in, its source keys, basis and
 * rationale. The claims loader (scripts/claims.json.ts) writes the rows per language into
 * src/generated/claims.json from the markers it already reads; the ledger page (`klaim`) and
 * /data/claims.csv pair the two languages and add each source's full text.
 */
import type { FoundClaim } from './claims.ts';
import { headings, readMdx, type MdxDocument, type MdxNode } from './mdx/read.ts';
import type { Lang } from './i18n.ts';
import type { SourceEntry } from './sources.ts';

export interface ClaimRow {
  /** Page slug ("" for the home page). */
  page: string;
  /** Id of the section heading above the claim ("" before the first heading). */
  section: string;
  /** That heading's text, without markup. */
  sectionTitle: string;
  line: number;
  /** The text before the marker, back to the previous marker or the start of its paragraph, as plain text. */
  sentence: string;
  keys: string[];
  basis: 'stated' | 'interpreted';
  why?: string;
}

/** How an inline literature citation reads in plain text: (Woolcock, 2001) or Woolcock (2001). */
export type CiteText = (key: string, narrative: boolean) => string;

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const isJsx = (n: MdxNode) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';
const start = (n: MdxNode) => n.position?.start.offset ?? 0;
const end = (n: MdxNode) => n.position?.end.offset ?? 0;

/** The text of the phrasing inside `block` between two source offsets, as the reader sees it: notes left out, citations as they read. */
function textBetween(block: MdxNode, from: number, to: number, cite: CiteText): string {
  const parts: string[] = [];
  const visit = (n: MdxNode) => {
    if (end(n) <= from || start(n) >= to) return;
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(String(n.value ?? ''));
    else if (n.type === 'break') parts.push(' ');
    else if (isJsx(n) && n.name === 'Footnote') return;
    else if (isJsx(n) && n.name === 'Cite') {
      const attrs = Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value]));
      parts.push(cite(typeof attrs.k === 'string' ? attrs.k : '', 'narrative' in attrs));
    } else (n.children ?? []).forEach(visit);
  };
  (block.children ?? []).forEach(visit);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * One row per claim marker, in document order, read from the MDX tree (src/lib/mdx/read.ts).
 * `claims` are the markers findClaims read from the same document. A claim's sentence is the
 * text of its block (paragraph, list item's paragraph, table cell) after the previous marker.
 */
export function claimRows(source: string | MdxDocument, claims: FoundClaim[], page: string, cite: CiteText = (k) => `(${k})`): ClaimRow[] {
  const doc = typeof source === 'string' ? readMdx(source, page || 'home') : source;
  const sections = headings(doc);
  // The block each claim stands in, by the claim's offset.
  const blockOf = new Map<number, MdxNode>();
  const visit = (n: MdxNode, block: MdxNode | undefined) => {
    const here = BLOCKS.has(n.type) ? n : block;
    if (isJsx(n) && n.name === 'Claim' && here) blockOf.set(start(n), here);
    for (const child of n.children ?? []) visit(child, here);
  };
  visit(doc.tree, undefined);
  let previousEnd = 0;
  return claims.map((claim) => {
    const heading = sections.filter((h) => h.start < claim.start).at(-1);
    const block = blockOf.get(claim.start);
    const from = Math.max(previousEnd, block ? start(block) : claim.start);
    previousEnd = claim.end;
    return {
      page,
      section: heading?.id ?? '',
      sectionTitle: heading?.text.replace(/\s+/g, ' ') ?? '',
      line: claim.line,
      sentence: block ? textBetween(block, from, claim.start, cite) : '',
      keys: claim.keys,
      basis: claim.basis,
      ...(claim.why ? { why: claim.why } : {}),
    };
  });
}

export interface LedgerPair {
  /** A stable id for the pair: "temuan--bonding-strengths--2". */
  id: string;
  page: string;
  section: string;
  /** Position of the claim within its section (1-based). */
  n: number;
  id_row?: ClaimRow;
  en_row?: ClaimRow;
  /** True when the two languages do not carry the same keys and basis (or one is missing). */
  mismatch: boolean;
}

/**
 * Pairs the Indonesian and English claims of each page section by their order in it: both
 * languages have the same sections, and a translation keeps its claims in the same order.
 */
export function pairClaims(rows: Record<Lang, ClaimRow[]>): LedgerPair[] {
  const groups = new Map<string, Record<Lang, ClaimRow[]>>();
  for (const lang of ['id', 'en'] as const) {
    for (const row of rows[lang]) {
      const key = `${row.page}#${row.section}`;
      if (!groups.has(key)) groups.set(key, { id: [], en: [] });
      groups.get(key)![lang].push(row);
    }
  }
  const pairs: LedgerPair[] = [];
  for (const [key, group] of groups) {
    const [page, section] = key.split('#');
    for (let i = 0; i < Math.max(group.id.length, group.en.length); i++) {
      const a = group.id[i];
      const b = group.en[i];
      const same = !!a && !!b && a.basis === b.basis && a.keys.join(' ') === b.keys.join(' ');
      pairs.push({ id: `${page || 'home'}--${section || 'intro'}--${i + 1}`, page, section, n: i + 1, id_row: a, en_row: b, mismatch: !same });
    }
  }
  return pairs;
}

/** The full text of a source as the ledger shows it: the abstract sentence verbatim (with the translation), or the work's title and date. */
export function sourceText(entry: SourceEntry, lang: Lang): string {
  if (entry.kind === 'sentence') return lang === 'en' && entry.textEn ? `${entry.text} [${entry.textEn}]` : entry.text ?? '';
  const title = entry.titles?.[lang] ?? entry.title ?? '';
  return `${entry.label}: ${title}${entry.date ? ` (${entry.date})` : ''}`;
}

/** The CSV rows of /data/claims.csv: one per claim pair, both languages side by side. */
export function ledgerCsvRows(pairs: LedgerPair[], registry: Record<string, SourceEntry>): Record<string, string>[] {
  return pairs.map((p) => {
    const keys = [...new Set([...(p.id_row?.keys ?? []), ...(p.en_row?.keys ?? [])])];
    return {
      id: p.id,
      page: p.page,
      section: p.section,
      sentence_id: p.id_row?.sentence ?? '',
      sentence_en: p.en_row?.sentence ?? '',
      sources: keys.join(' '),
      source_text: keys.map((k) => `${k}: ${registry[k] ? sourceText(registry[k], 'en') : ''}`).join(' | '),
      basis_id: p.id_row?.basis ?? '',
      basis_en: p.en_row?.basis ?? '',
      rationale_id: p.id_row?.why ?? '',
      rationale_en: p.en_row?.why ?? '',
      line_id: p.id_row ? String(p.id_row.line) : '',
      line_en: p.en_row ? String(p.en_row.line) : '',
    };
  });
}
