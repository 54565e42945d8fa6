/**
 * Turns Pagefind results into the hits the interface lists: each page, then its best
 * sections. Pagefind returns a page's sub-results (one per heading with an id) in document
 * order; we order them by the weight of the matched words, as Pagefind's own UI does.
 */
export interface WeightedLocation { weight: number; balanced_score: number; location: number }
export interface SubResult { title: string; url: string; excerpt: string; weighted_locations?: WeightedLocation[]; anchor?: { id?: string } }
export interface PageResult { url: string; excerpt: string; meta: Record<string, string>; filters?: Record<string, string[]>; sub_results?: SubResult[] }

export interface Hit {
  /** Link target: the page URL, or page#section for a section. */
  url: string;
  page: string;
  section: string | null;
  excerpt: string;
  filters: Record<string, string[]>;
}

const score = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** A page's sections, best first, at most `perPage`; a "section" without an anchor (the page top) is dropped. */
export function bestSections(result: PageResult, perPage = 3): SubResult[] {
  return (result.sub_results ?? [])
    .filter((sub) => sub.url.includes('#'))
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, perPage)
    .map(({ sub }) => sub);
}

/**
 * A page's weight (src/lib/pages.ts `searchWeight`, carried by each page as the Pagefind meta
 * field `weight`; 1 when absent): pages that retell a chapter or are tools rank lower, so a
 * query lands on the chapter section that states a thing.
 */
export function pageWeight(meta: Record<string, string> | undefined): number {
  const weight = Number(meta?.weight);
  return Number.isFinite(weight) && weight > 0 ? weight : 1;
}

/** Pagefind's results re-ordered by score × page weight (stable for equal scores). */
export function reweight<T extends { score: number; meta?: Record<string, string> }>(results: T[]): T[] {
  return results
    .map((result, index) => ({ result, index, score: result.score * pageWeight(result.meta) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}

/** The ranked list of link targets: for each page in ranked order, its best sections (or the page itself). */
export function flattenHits(results: PageResult[], perPage = 3): Hit[] {
  const hits: Hit[] = [];
  for (const result of results) {
    const page = result.meta.title ?? result.url;
    const filters = result.filters ?? {};
    const sections = bestSections(result, perPage);
    if (!sections.length) hits.push({ url: result.url, page, section: null, excerpt: result.excerpt, filters });
    for (const sub of sections) hits.push({ url: sub.url, page, section: sub.title, excerpt: sub.excerpt, filters });
  }
  return hits;
}

/** "/skripsi/en/abstrak/#record" -> "en/abstrak#record": a page#section key, independent of the base path. */
export function hitKey(url: string, base = '/'): string {
  const [path, hash] = url.split('#');
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  const key = rel.replace(/\/+$/, '');
  return hash ? `${key}#${hash}` : key;
}
