import yaml from 'js-yaml';
import { z } from 'zod';
import { pageKinds } from './pages.ts';

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

const HEADING = /^(#{1,6})\s+(.*)$/;
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/**
 * Headings of an MDX source with their explicit ids (`## Metode {#method}`).
 * Ids are written by hand, never derived from heading text, so both languages share
 * them; a heading without one fails, naming the file and the line.
 */
export function extractHeadings(source: string, file: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  let inFence = false;
  let inFrontmatter = false;
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (index === 0 && line === '---') { inFrontmatter = true; return; }
    if (inFrontmatter) { if (line === '---') inFrontmatter = false; return; }
    if (/^(```|~~~)/.test(line)) { inFence = !inFence; return; }
    if (inFence) return;
    const m = HEADING.exec(line);
    if (!m) return;
    const depth = m[1].length;
    const idMatch = EXPLICIT_ID.exec(m[2]);
    if (depth === 1) throw new Error(`${file}:${index + 1}: use ## and deeper; the page title comes from the frontmatter`);
    if (!idMatch) throw new Error(`${file}:${index + 1}: heading "${m[2]}" needs an explicit id, e.g. "${m[1]} ${m[2]} {#some-id}"`);
    headings.push({ depth, id: idMatch[1], text: m[2].replace(EXPLICIT_ID, ''), line: index + 1 });
  });
  const seen = new Set<string>();
  for (const h of headings) {
    if (seen.has(h.id)) throw new Error(`${file}:${h.line}: heading id "${h.id}" is used twice`);
    seen.add(h.id);
  }
  return headings;
}

/** The YAML frontmatter of an MDX source, parsed with js-yaml (the parser Astro itself uses). */
export function readFrontmatter(source: string, file: string): unknown {
  const m = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!m) throw new Error(`${file}: missing frontmatter`);
  try {
    return yaml.load(m[1]);
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
}
