/**
 * The page registry: what each page of the site is for, from its `kind` (frontmatter of
 * src/content/pages/<lang>/<slug>.mdx and src/content/home/<lang>.mdx). Every role a page
 * plays (search type and weight, reading order, print, reading time, navigation; budgets.json names kinds)
 * follows from its kind here; no other file lists slugs. Pure: callers pass the page list
 * (src/generated/pages.json, written by scripts/pages.json.ts).
 */
import type { Lang } from './i18n.ts';

/** Content types a reader can filter search by. Labels: `search.type.<type>` in src/data/ui/*.json. */
export const contentTypes = ['chapter', 'finding', 'chart', 'glossary', 'reference', 'codebook', 'page'] as const;
export type ContentType = (typeof contentTypes)[number];

/**
 * What a kind of page does:
 * - `searchType`: its search filter `type`;
 * - `searchWeight`: its search results' weight. Pages that retell what a chapter states (the
 *   home page, the summary, the policy brief) or that are tools rather than text (explorer,
 *   cite page, claims ledger) rank at half their score, and the charts page, which draws the
 *   findings, at three quarters; so a query lands on the chapter section that states a thing,
 *   while these pages still come first when only they match (e.g. "policy brief");
 * - `reading`: `chapter` (in reading order: previous/next links, report menu), `standalone`
 *   (stands on its own: no previous/next, not printed) or `none` (not a content page);
 * - `printed`: printed in the whole-report PDF (the explorer, cite page and ledger are web
 *   tools: their charts and tables are printed on the charts and findings chapters);
 * - `prose`: text to read through, so it shows a reading time (not tools, tables, lists).
 * The JS budget of each kind is in budgets.json (`js.interactiveKinds`).
 */
export interface KindTraits {
  searchType: ContentType;
  searchWeight: number;
  reading: 'chapter' | 'standalone' | 'none';
  printed: boolean;
  prose: boolean;
}

const chapter: KindTraits = { searchType: 'chapter', searchWeight: 1, reading: 'chapter', printed: true, prose: true };
const tool: KindTraits = { searchType: 'page', searchWeight: 0.5, reading: 'chapter', printed: false, prose: false };

export const kindTraits = {
  /** The home page (src/content/home/<lang>.mdx, slug ""). */
  home: { ...chapter, searchType: 'page', searchWeight: 0.5, reading: 'none', printed: false },
  /** The abstract, verbatim: the study's landing page (scholar metadata) and the target of sentence keys S1–S14. */
  abstract: chapter,
  chapter,
  summary: { ...chapter, searchWeight: 0.5 },
  brief: { ...chapter, searchWeight: 0.5, reading: 'standalone', printed: false },
  /** Where the study's findings are stated: ranks above the framework chapter, which uses the same terms to define them. */
  findings: { ...chapter, searchType: 'finding', searchWeight: 1.25 },
  charts: { ...chapter, searchType: 'chart', searchWeight: 0.75, prose: false },
  glossary: { ...chapter, searchType: 'glossary', prose: false },
  references: { ...chapter, searchType: 'reference', prose: false },
  codebook: { ...chapter, searchType: 'codebook', prose: false },
  about: { ...chapter, searchType: 'page' },
  explorer: tool,
  cite: tool,
  ledger: tool, // a table of every claim: no reading time (issue 14)
  /** The search page (src/pages/cari.astro, en/search.astro): a route, not MDX. */
  search: { ...tool, reading: 'none' },
} as const satisfies Record<string, KindTraits>;

export type PageKind = keyof typeof kindTraits;
// Pure annotations: browser code that imports this module for `localSlugs` (via paths.ts) ships none of the rest.
export const pageKinds = /* @__PURE__ */ Object.keys(kindTraits) as PageKind[];
/** Kinds a content page (src/content/pages) may take; the others are the home page and routes. */
export const contentKinds = /* @__PURE__ */ pageKinds.filter((k) => k !== 'home' && k !== 'search') as Exclude<PageKind, 'home' | 'search'>[];
/** Kinds that name one page each; every other kind (`chapter`) may have many. */
export const singletonKinds: readonly PageKind[] = /* @__PURE__ */ pageKinds.filter((k) => k !== 'chapter');

/** The site navigation, in order (labels: `nav.<key>` in src/data/ui/*.json). */
export const navLinks = [
  { kind: 'home', key: 'home' },
  { kind: 'abstract', key: 'abstract' },
  { kind: 'charts', key: 'charts' },
  { kind: 'explorer', key: 'explorer' },
  { kind: 'codebook', key: 'data' },
  { kind: 'cite', key: 'cite' },
] as const satisfies readonly { kind: PageKind; key: string }[];
/** The home page's paths (labels: `home.path.<key>.*`), in order. */
export const homePaths = [
  { kind: 'summary', key: 'read' },
  { kind: 'explorer', key: 'explore' },
  { kind: 'cite', key: 'cite' },
  { kind: 'brief', key: 'brief' },
] as const satisfies readonly { kind: PageKind; key: string }[];

/** Pages that are routes rather than MDX: the home page and the search page. */
export const routePages = [
  { slug: '', kind: 'home' },
  { slug: 'cari', kind: 'search' },
] as const satisfies readonly { slug: string; kind: PageKind }[];

/**
 * Slugs that code needs before any page list is read: the folder of the chart embed routes
 * (src/pages/grafik/embed/), the targets of source keys (sentence S9 → abstract#s9, a work →
 * references#ref-key, computed by loaders and components alike) and the chapter that holds
 * the findings' sections. The pages loader (scripts/pages.json.ts) fails when the page of
 * that kind has another slug, naming its file.
 */
export const fixedSlugs = {
  abstract: 'abstrak',
  references: 'pustaka',
  findings: 'temuan',
  charts: 'grafik',
} as const satisfies Partial<Record<PageKind, string>>;

/** Problems of a page list against `fixedSlugs`: a fixed kind on another slug. */
export function fixedSlugProblems(pages: readonly { slug: string; kind: PageKind; file?: string }[]): string[] {
  return Object.entries(fixedSlugs).flatMap(([kind, slug]) => {
    const page = pages.find((p) => p.kind === kind);
    if (!page) return [`no page has \`kind: ${kind}\` (the site links to it as /${slug}/)`];
    return page.slug === slug ? [] : [`${page.file ?? page.slug}: field "kind": a page of kind "${kind}" must have the slug "${slug}" (src/lib/pages.ts fixedSlugs), not "${page.slug}"`];
  });
}

/** The slug of a route page: `routeSlug('search')` is "cari". */
export function routeSlug(kind: (typeof routePages)[number]['kind']): string {
  return routePages.find((p) => p.kind === kind)!.slug;
}

/**
 * Slugs that differ between languages. Every other page shares one slug; the search page
 * is /cari/ in Indonesian and /en/search/ in English (/en/cari/ is built too, as the same page).
 */
export const localSlugs: Partial<Record<Lang, Record<string, string>>> = { en: { cari: 'search' } };

export interface RegisteredPage {
  slug: string;
  kind: PageKind;
  order: number;
  titles: Record<string, string>;
}

export interface PageRegistry<T extends RegisteredPage> {
  /** The content pages (as given) and the route pages. */
  all: readonly { slug: string; kind: PageKind }[];
  kindOf(slug: string): PageKind;
  /** The kind of a slug, or undefined for a page outside the registry (404, redirects, embeds). */
  find(slug: string): PageKind | undefined;
  traitsOf(slug: string): KindTraits;
  /** The one page of a kind; throws when there is none (a registry without it is a broken build). */
  slugOf(kind: PageKind): string;
  slugsOf(kinds: readonly PageKind[]): string[];
  /** The chapters in reading order (by `order`, then slug). */
  chapters(): T[];
  /** The chapters of the printed report, in reading order. */
  printed(): T[];
}

/** The registry of a page list (src/generated/pages.json); an unknown slug throws. */
export function pageRegistry<T extends RegisteredPage>(pages: readonly T[]): PageRegistry<T> {
  const all = [...routePages, ...pages.map(({ slug, kind }) => ({ slug, kind }))];
  const bySlug = new Map(all.map((p) => [p.slug, p.kind]));
  const kindOf = (slug: string): PageKind => {
    const kind = bySlug.get(slug);
    if (!kind) throw new Error(`page registry: no page "${slug}" (src/content/pages/<lang>/${slug}.mdx)`);
    return kind;
  };
  const ordered = () => pages.filter((p) => kindTraits[p.kind].reading === 'chapter').sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return {
    all,
    kindOf,
    find: (slug) => bySlug.get(slug),
    traitsOf: (slug) => kindTraits[kindOf(slug)],
    slugOf(kind) {
      const found = all.filter((p) => p.kind === kind);
      if (found.length !== 1) throw new Error(`page registry: ${found.length} pages of kind "${kind}" (${found.map((p) => p.slug).join(', ') || 'none'}); give one page \`kind: ${kind}\` in its frontmatter`);
      return found[0].slug;
    },
    slugsOf: (kinds) => all.filter((p) => kinds.includes(p.kind)).map((p) => p.slug),
    chapters: ordered,
    printed: () => ordered().filter((p) => kindTraits[p.kind].printed),
  };
}

/** Problems of a page list: a kind that names one page used on none or several (none is fine except for the routes' own). */
export function registryProblems(pages: readonly { slug: string; kind: PageKind; file?: string }[]): string[] {
  const problems: string[] = [];
  for (const kind of singletonKinds) {
    const of = pages.filter((p) => p.kind === kind);
    if (of.length > 1) problems.push(`kind "${kind}" names one page, but ${of.map((p) => p.file ?? p.slug).join(' and ')} ${of.length === 2 ? 'both' : 'all'} have it`);
  }
  return problems;
}
