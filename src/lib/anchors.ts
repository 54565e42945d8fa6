/**
 * The registry of permanent anchors (src/data/anchors.json): every published `page#id`,
 * shared by both languages, and the redirects that keep renamed ones working.
 * Keys: "abstrak#record"; the home page is "#in-brief" (empty slug).
 * A redirect maps an old anchor to a new one:
 *   - same page, new id   ("abstrak#old" → "abstrak#new"): the new heading carries the old id as an alias;
 *   - another page        ("old-page#x" → "new-page#y", or "old-page" → "new-page"): the build writes a
 *     redirect page at the old address that keeps the #fragment.
 */
import { z } from 'zod';

const key = z.string().regex(/^[a-z0-9-]*(#[a-z0-9][a-z0-9-]*)?$/, 'an anchor like "abstrak#record" or a page slug');
export const anchorRegistrySchema = z.strictObject({
  note: z.string(),
  anchors: z.array(key),
  redirects: z.record(key, key),
});
export type AnchorRegistry = z.infer<typeof anchorRegistrySchema>;

export function splitAnchor(anchor: string): { slug: string; id: string } {
  const [slug, id = ''] = anchor.split('#');
  return { slug, id };
}

/** Old ids (from this page or a renamed one) that now point at this heading: the heading keeps them as aliases. */
export function aliasesFor(registry: Pick<AnchorRegistry, 'redirects'>, slug: string, id: string): string[] {
  return Object.entries(registry.redirects)
    .filter(([from, to]) => to === `${slug}#${id}` && splitAnchor(from).id && splitAnchor(from).id !== id)
    .map(([from]) => splitAnchor(from).id);
}

/** Redirects whose old address is another page: each needs a redirect page, per language. */
export function pageRedirects(registry: Pick<AnchorRegistry, 'redirects'>): { fromSlug: string; to: string; hashes: Record<string, string> }[] {
  const bySlug = new Map<string, { to: string; hashes: Record<string, string> }>();
  for (const [from, to] of Object.entries(registry.redirects)) {
    const f = splitAnchor(from);
    const t = splitAnchor(to);
    if (f.slug === t.slug) continue;
    const entry = bySlug.get(f.slug) ?? { to: t.slug, hashes: {} };
    if (f.id) entry.hashes[f.id] = t.id;
    else entry.to = t.slug;
    bySlug.set(f.slug, entry);
  }
  return [...bySlug].map(([fromSlug, v]) => ({ fromSlug, ...v }));
}

/**
 * Problems with the registry against the anchors a build publishes: a registered anchor
 * that is gone without a redirect, or a redirect to an anchor that does not exist.
 */
export function registryProblems(registry: AnchorRegistry, published: Set<string>, file = 'src/data/anchors.json'): string[] {
  const problems: string[] = [];
  for (const anchor of registry.anchors) {
    if (published.has(anchor)) continue;
    const target = registry.redirects[anchor];
    if (!target) problems.push(`${file}: "${anchor}" is registered but no page publishes it; restore it or add a redirect "${anchor}": "<new page#id>"`);
  }
  for (const [from, to] of Object.entries(registry.redirects)) {
    const { id } = splitAnchor(to);
    const ok = id ? published.has(to) : [...published].some((a) => splitAnchor(a).slug === to);
    if (!ok) problems.push(`${file}: redirect "${from}" points at "${to}", which no page publishes`);
  }
  return problems;
}

/**
 * Which ids of a page's <main> are published anchors, the rule the registry follows:
 *   - the id of every section heading (h2–h6), and
 *   - the id of an element marked `data-permalink` (the abstract's sentences `#s1`…`#s14`).
 * Layout targets (`#top`, `#main`, the cite box `#cite`, chart figures, footnotes) are not,
 * even when some link points at them.
 */
/** Ids the layout uses on every page (skip link, back to top, page cite box, chapter list): no heading may take them. */
export const layoutIds = ['main', 'top', 'cite', 'chapters-title'] as const;

/** The page's sources list (src/lib/provenance.ts): its heading `#sumber`, its entries and markers `#sumber-…`. */
export const SOURCES_ID = 'sumber';

/** A problem message when a heading's id is one of the layout's, else null. */
export function layoutIdProblem(id: string, where: string): string | null {
  if ((layoutIds as readonly string[]).includes(id)) return `${where}: heading id "#${id}" is used by the page layout (${layoutIds.map((x) => `#${x}`).join(', ')}); choose another id`;
  if (id === SOURCES_ID || id.startsWith(`${SOURCES_ID}-`)) return `${where}: heading id "#${id}" is taken by the page's sources list (#${SOURCES_ID}, #${SOURCES_ID}-…); choose another id`;
  return null;
}

export function publishedIds(main: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of main.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id], [data-permalink][id]')) ids.add(el.id);
  return ids;
}

/** The registry after adding newly published anchors; never drops one. */
export function updatedRegistry(registry: AnchorRegistry, published: Iterable<string>): AnchorRegistry {
  const all = new Set(registry.anchors);
  for (const a of published) if (!(a in registry.redirects)) all.add(a);
  return { ...registry, anchors: [...all].sort() };
}
