import { z } from 'zod';
import { pageKinds } from './pages.ts';
import { frontmatter, headings, readMdx, type MdxDocument } from './mdx/read.ts';

/** Frontmatter of a content page (the same schema the content collection uses). */
export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** What the page is for (src/lib/pages.ts: search type and weight, reading order, print, navigation). */
  kind: z.enum(pageKinds as [string, ...string[]]),
  /** Position in the table of contents. */
  order: z.number().int(),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

export interface SourceHeading {
  depth: number;
  id: string;
  text: string;
  line: number;
}

/**
 * Headings of an MDX page with their explicit ids (`## Metode {#method}`), read by the MDX
 * parser (src/lib/mdx/read.ts). Ids are written by hand, never derived from heading text,
 * so both languages share them; a heading without one fails, naming the file and the line.
 */
export function extractHeadings(source: string | MdxDocument, file: string): SourceHeading[] {
  const doc = typeof source === 'string' ? readMdx(source, file) : source;
  const found: SourceHeading[] = headings(doc).map((h) => {
    const marks = '#'.repeat(h.depth);
    if (h.depth === 1) throw new Error(`${file}:${h.line}: use ## and deeper; the page title comes from the frontmatter`);
    if (!h.id) throw new Error(`${file}:${h.line}: heading "${h.text}" needs an explicit id, e.g. "${marks} ${h.text} {#some-id}"`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(h.id)) throw new Error(`${file}:${h.line}: heading id "${h.id}" is not lower-case letters, digits and hyphens`);
    return { depth: h.depth, id: h.id, text: h.text, line: h.line };
  });
  const seen = new Set<string>();
  for (const h of found) {
    if (seen.has(h.id)) throw new Error(`${file}:${h.line}: heading id "${h.id}" is used twice`);
    seen.add(h.id);
  }
  return found;
}

/** The YAML frontmatter of an MDX page, parsed with js-yaml (the parser Astro itself uses). */
export function readFrontmatter(source: string | MdxDocument, file: string): unknown {
  const doc = typeof source === 'string' ? readMdx(source, file) : source;
  const data = frontmatter(doc);
  if (data === undefined) throw new Error(`${file}: missing frontmatter`);
  return data;
}
