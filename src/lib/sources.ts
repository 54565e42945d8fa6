import { z } from 'zod';
import { fixedSlugs } from './pages.ts';

/**
 * Every source a claim may cite: the abstract's sentences (S1–S14) and the works in
 * src/data/references.json (CSL-JSON, keyed as in the source dossier). One registry, so
 * a claim marker, a chart mark and the references page all resolve keys the same way.
 */
const name = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1) }),
  z.strictObject({ literal: z.string().min(1) }),
]);
const dateParts = z.strictObject({
  'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]),
});
export const referenceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case key like "woolcock-2001"'),
  type: z.enum(['thesis', 'webpage', 'article-newspaper', 'post-weblog', 'article-journal', 'book', 'legislation']),
  title: z.string().min(1),
  author: z.array(name).min(1).optional(),
  genre: z.string().optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  'container-title': z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  page: z.string().optional(),
  issued: dateParts.optional(),
  language: z.enum(['id', 'en']),
  URL: z.url().optional(),
  note: z.string().optional(),
  /** The editors' bracketed description of an untitled source, in each page language (CSL-JSON's free `custom` field). */
  custom: z.strictObject({ title: z.strictObject({ id: z.string().min(1), en: z.string().min(1) }) }).optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

export type SourceKind = 'sentence' | 'work';

export interface SourceEntry {
  key: string;
  kind: SourceKind;
  /** Short label for a marker: "S8", or "Kompas.com 2022". */
  label: string;
  /** Abstract sentence text (Indonesian original) — sentences only. */
  text?: string;
  /** The editors' English translation of the sentence — sentences only. */
  textEn?: string;
  title?: string;
  /** The title per page language, when the editors describe an untitled source (references.json `custom.title`). */
  titles?: { id: string; en: string };
  /** ISO-like date as far as the source gives it: "2019-08-21", "2019-07", "2001"; absent when not stated. */
  date?: string;
  url?: string;
}

export function authorLabel(ref: Reference): string {
  const names = (ref.author ?? []).map((a) => ('literal' in a ? a.literal : a.family));
  if (names.length === 0) return ref.title;
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]} et al.`;
}

export function issuedDate(ref: Reference): string | undefined {
  const parts = ref.issued?.['date-parts'][0];
  return parts?.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

export function sourceRegistry(
  sentences: { id: string; id_text: string; en_text: string }[],
  references: Reference[],
): Record<string, SourceEntry> {
  const registry: Record<string, SourceEntry> = {};
  for (const s of sentences) registry[s.id] = { key: s.id, kind: 'sentence', label: s.id, text: s.id_text, textEn: s.en_text };
  for (const ref of references) {
    const date = issuedDate(ref);
    registry[ref.id] = {
      key: ref.id,
      kind: 'work',
      label: `${authorLabel(ref)}${date ? ` ${date.slice(0, 4)}` : ''}`,
      title: ref.title,
      ...(ref.custom ? { titles: ref.custom.title } : {}),
      date,
      url: ref.URL,
    };
  }
  return registry;
}

/** Resolve a space-separated list of keys ("S8 kompas-2022"), failing with the place that used an unknown one. */
export function resolveSources(keys: string, registry: Record<string, SourceEntry>, where: string): SourceEntry[] {
  const list = keys.split(/\s+/).filter(Boolean);
  if (list.length === 0) throw new Error(`${where}: a claim needs at least one source key`);
  return list.map((key) => {
    const entry = registry[key];
    if (!entry) throw new Error(`${where}: unknown source key "${key}" (use S1–S14 or a key of src/data/references.json)`);
    return entry;
  });
}

/** Where a source is shown in full: the sentence on the abstract page, or the entry on the references page. */
export function sourceTarget(entry: SourceEntry): { slug: string; hash: string } {
  return entry.kind === 'sentence' ? { slug: fixedSlugs.abstract, hash: entry.key.toLowerCase() } : { slug: fixedSlugs.references, hash: `ref-${entry.key}` };
}
