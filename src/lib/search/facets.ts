/**
 * What the search index knows about a page, derived from its kind (src/lib/pages.ts):
 * its content type and its chapter (both become Pagefind filters) and its weight.
 */
import { kindTraits, type ContentType, type PageKind } from '../pages.ts';
export { levels, ties, type Level, type Tie } from '../vocabulary.ts';

export { contentTypes, type ContentType } from '../pages.ts';

/** Filter names as they appear in Pagefind and in the search page's URL (`?level=micro`). */
export const filterNames = ['type', 'chapter', 'level', 'tie'] as const;
export type FilterName = (typeof filterNames)[number];

export interface PageFacets {
  type: ContentType;
  /** The chapter filter's value: the page's slug ('' for the home page has none). */
  chapter: string | null;
  /** The weight of the page's search results (1 for a chapter), a Pagefind meta field read by rank.ts. */
  weight: number;
}

/** A page's search facets, from its kind (src/lib/pages.ts). */
export function pageFacets(slug: string, kind: PageKind): PageFacets {
  const { searchType, searchWeight } = kindTraits[kind];
  return { type: searchType, chapter: slug === '' ? null : slug, weight: searchWeight };
}
