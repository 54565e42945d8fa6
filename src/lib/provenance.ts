/**
 * One list of sources per page (the model is Distill's appendix): every abstract sentence
 * and every work a page's claims and citations rest on appears once at the page's end, and
 * each marker in the text is a short link to its entry, which links back to every marker
 * like a footnote. Claim, Cite and Term register here while the page's text renders
 * (Astro.locals), and the list is drawn after it. Pure, so its rules have unit tests.
 *
 * Ids are derived from the source keys and the order of markers, never from the language,
 * so both languages of a page carry the same ids: `#sumber-S8` for an entry, `#sumber-S8-2`
 * for its second marker.
 */
import type { Basis } from './vocabulary.ts';
import { SOURCES_ID } from './anchors.ts';
import type { SourceEntry } from './sources.ts';

/** One marker of a source in the text: its id (the target of the entry's back link). */
export interface SourceUse {
  id: string;
  basis: Basis | 'cited';
}

export interface Provenance {
  /** Source keys in the order the text first uses them. */
  order: string[];
  uses: Map<string, SourceUse[]>;
  /** The section the text is in (the last heading rendered), for ledger row ids. */
  section: string;
  /** Claims seen per section, for ledger row ids. */
  claimsPerSection: Map<string, number>;
  /** Abstract sentences the page quotes in full (AbstractQuote), by key ("S8"), with the id of the quoted sentence. */
  quoted: Map<string, string>;
}

export function newProvenance(): Provenance {
  return { order: [], uses: new Map(), section: '', claimsPerSection: new Map(), quoted: new Map() };
}

/** The page-wide provenance when the layout collects it (ContentPage, Home), else undefined. */
export function getProvenance(locals: object): Provenance | undefined {
  return (locals as { provenance?: Provenance }).provenance;
}

export function setProvenance(locals: object, provenance: Provenance | undefined): void {
  (locals as { provenance?: Provenance }).provenance = provenance;
}

/** The id of a source's entry in the list: "sumber-S8", "sumber-woolcock-2001". */
export function entryId(key: string): string {
  return `${SOURCES_ID}-${key}`;
}

/**
 * Records one use of a source and returns the id its marker carries ("sumber-S8-1",
 * "sumber-S8-2", …). `name` replaces the number where the order differs between the
 * languages (the glossary is sorted by each language's term): "sumber-S3-bonding".
 */
export function useSource(p: Provenance, key: string, basis: SourceUse['basis'], name?: string): string {
  if (!p.uses.has(key)) {
    p.uses.set(key, []);
    p.order.push(key);
  }
  const list = p.uses.get(key)!;
  const id = `${entryId(key)}-${name ?? list.length + 1}`;
  list.push({ id, basis });
  return id;
}

/** A heading starts a section: claims after it belong to it. */
export function enterSection(p: Provenance, id: string): void {
  p.section = id;
}

/**
 * The id of a claim's row in the claims ledger (src/lib/ledger.ts `pairClaims`): page,
 * section and the claim's position in that section, counted as the text renders.
 */
export function nextLedgerId(p: Provenance, page: string): string {
  const n = (p.claimsPerSection.get(p.section) ?? 0) + 1;
  p.claimsPerSection.set(p.section, n);
  return `${page || 'home'}--${p.section || 'intro'}--${n}`;
}

export interface ListEntry {
  key: string;
  id: string;
  entry: SourceEntry;
  uses: SourceUse[];
  /** An abstract sentence the page itself quotes in full: the id of that quotation, so the list points to it instead of repeating it. */
  quotedAt?: string;
}

/** The entries of the page's list, in the order the text first uses them; an unknown key fails naming the page. */
export function listEntries(p: Provenance, registry: Record<string, SourceEntry>, where: string): ListEntry[] {
  return p.order.map((key) => {
    const entry = registry[key];
    if (!entry) throw new Error(`${where}: unknown source key "${key}" (use S1–S14 or a key of src/data/references.json)`);
    return { key, id: entryId(key), entry, uses: p.uses.get(key) ?? [], quotedAt: p.quoted.get(key) };
  });
}

/**
 * Whether a work's short label only repeats its title (a statute named by its title, then its
 * year): the sources list then writes the title alone instead of "label: title".
 */
export function labelRepeatsTitle(label: string, title: string | undefined): boolean {
  return !!title && title.startsWith(label.replace(/\s+\d{4}$/, ''));
}

/** Letters for back links, as footnotes write them: a, b, …, z, aa, ab, … */
export function backLabel(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
