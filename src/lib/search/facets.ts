/**
 * What the search index knows about a page, derived from its slug in one place:
 * its content type and its chapter (both become Pagefind filters), the search page's
 * own slug in each language, and the slugs that are linked to but not built yet.
 */
import type { Lang } from '../i18n.ts';
export { levels, ties, type Level, type Tie } from '../vocabulary.ts';

/** Content types a reader can filter by. Labels: `search.type.<type>` in src/data/ui/*.json. */
export const contentTypes = ['chapter', 'finding', 'chart', 'glossary', 'reference', 'codebook', 'page'] as const;
export type ContentType = (typeof contentTypes)[number];


/** Filter names as they appear in Pagefind and in the search page's URL (`?level=micro`). */
export const filterNames = ['type', 'chapter', 'level', 'tie'] as const;
export type FilterName = (typeof filterNames)[number];

/** Pages whose slug sets a content type other than "chapter". Every other slug is a chapter. */
const typeBySlug: Record<string, ContentType> = {
  '': 'page',
  temuan: 'finding',
  grafik: 'chart',
  glosarium: 'glossary',
  pustaka: 'reference',
  data: 'codebook',
  tentang: 'page',
  kutip: 'page',
  jelajah: 'page',
  klaim: 'page',
};

export interface PageFacets {
  type: ContentType;
  /** The chapter filter's value: the page's slug ('' for the home page has none). */
  chapter: string | null;
}

export function pageFacets(slug: string): PageFacets {
  const type = typeBySlug[slug] ?? 'chapter';
  return { type, chapter: slug === '' ? null : slug };
}

/** The search page's slug: one page, `/cari/` in Indonesian and `/en/search/` in English. */
export const searchSlug: Record<Lang, string> = { id: 'cari', en: 'search' };


