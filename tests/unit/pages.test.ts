/** The page registry (src/lib/pages.ts) and the frontmatter `kind` the pages loader checks. */
import { describe, expect, it } from 'vitest';
import { pagesLoader } from '../../scripts/pages.json.ts';
import { contentKinds, fixedSlugs, homePaths, kindTraits, navLinks, pageKinds, pageRegistry, routePages, singletonKinds, type PageKind, type RegisteredPage } from '../../src/lib/pages.ts';
import { edit, fixtureRoot } from '../support/fixture.ts';

const page = (slug: string, kind: PageKind, order = 1): RegisteredPage => ({ slug, kind, order, titles: { id: slug, en: slug } });
const kindLine = /^kind: .*$/m;

describe('pageRegistry', () => {
  const registry = pageRegistry([page('b', 'chapter', 2), page('a', 'abstract', 1), page('t', 'explorer', 3), page('p', 'brief', 9)]);

  it('knows every page by slug, routes included, and finds the one page of a kind', () => {
    expect(registry.kindOf('a')).toBe('abstract');
    expect(registry.kindOf('')).toBe('home');
    expect(registry.slugOf('explorer')).toBe('t');
    for (const route of routePages) expect(registry.slugOf(route.kind)).toBe(route.slug);
    expect(registry.find('404')).toBeUndefined();
    expect(() => registry.kindOf('nope')).toThrow('page registry: no page "nope"');
  });

  it('fails, naming the kind, when a page of a kind is missing or not unique', () => {
    expect(() => registry.slugOf('glossary')).toThrow('page registry: 0 pages of kind "glossary" (none)');
    expect(() => pageRegistry([page('x', 'chapter'), page('y', 'chapter')]).slugOf('chapter')).toThrow('2 pages of kind "chapter" (x, y)');
  });

  it('reads chapters by kind: standalone pages out of reading order, web tools out of print', () => {
    expect(registry.chapters().map((p) => p.slug)).toEqual(['a', 'b', 't']);
    expect(registry.printed().map((p) => p.slug)).toEqual(['a', 'b']);
  });
});

describe('the site registry (src/generated/pages.json via the loader)', () => {
  const pages = pagesLoader.build(process.cwd());
  const registry = pageRegistry(pages);

  it('gives every page a content kind, and each one-page kind to at most one page', () => {
    for (const p of pages) expect(contentKinds, p.slug).toContain(p.kind);
    for (const kind of singletonKinds) expect(pages.filter((p) => p.kind === kind).length, kind).toBeLessThanOrEqual(1);
  });

  it('has a page for every kind the navigation, the home page and the fixed links name', () => {
    for (const { kind } of [...navLinks, ...homePaths]) expect(() => registry.slugOf(kind), kind).not.toThrow();
    for (const [kind, slug] of Object.entries(fixedSlugs)) expect(registry.slugOf(kind as PageKind)).toBe(slug);
  });

  it('gives every kind a positive search weight and a known reading role', () => {
    for (const kind of pageKinds) {
      expect(kindTraits[kind].searchWeight, kind).toBeGreaterThan(0);
      expect(['chapter', 'standalone', 'none'], kind).toContain(kindTraits[kind].reading);
    }
  });
});

describe('pages.json loader: kind', () => {
  // A page of a one-page kind in the real content, found through the registry, not by name.
  const real = pagesLoader.build(process.cwd());
  const one = real.find((p) => p.kind === 'explorer')!;
  const other = real.find((p) => p.kind === 'chapter')!;

  it('fails on a page without a kind, naming the file and the field', () => {
    const root = fixtureRoot();
    edit(root, `src/content/pages/id/${one.slug}.mdx`, (s) => s.replace(kindLine, ''));
    expect(() => pagesLoader.build(root)).toThrow(new RegExp(`src/content/pages/id/${one.slug}\\.mdx: field "kind": `));
  });

  it('fails on an unknown kind', () => {
    const root = fixtureRoot();
    edit(root, `src/content/pages/en/${one.slug}.mdx`, (s) => s.replace(kindLine, 'kind: gallery'));
    expect(() => pagesLoader.build(root)).toThrow(new RegExp(`src/content/pages/en/${one.slug}\\.mdx: field "kind": `));
  });

  it('fails when the two languages give a page different kinds', () => {
    const root = fixtureRoot();
    edit(root, `src/content/pages/en/${other.slug}.mdx`, (s) => s.replace(kindLine, 'kind: about'));
    expect(() => pagesLoader.build(root)).toThrow(`src/content/pages/en/${other.slug}.mdx: field "kind": "about" but src/content/pages/id/${other.slug}.mdx has "chapter"; both languages need the same kind`);
  });

  it('fails when two pages take a one-page kind', () => {
    const root = fixtureRoot();
    for (const lang of ['id', 'en']) edit(root, `src/content/pages/${lang}/${other.slug}.mdx`, (s) => s.replace(kindLine, `kind: ${one.kind}`));
    expect(() => pagesLoader.build(root)).toThrow(`kind "${one.kind}" names one page, but`);
  });

  it('fails when a kind the code links to by slug moves to another page', () => {
    const root = fixtureRoot();
    const findings = real.find((p) => p.kind === 'findings')!;
    for (const lang of ['id', 'en']) {
      edit(root, `src/content/pages/${lang}/${findings.slug}.mdx`, (s) => s.replace(kindLine, 'kind: chapter'));
      edit(root, `src/content/pages/${lang}/${other.slug}.mdx`, (s) => s.replace(kindLine, 'kind: findings'));
    }
    expect(() => pagesLoader.build(root)).toThrow(`src/content/pages/id/${other.slug}.mdx: field "kind": a page of kind "findings" must have the slug "${fixedSlugs.findings}"`);
  });

  it('keeps the home page and route kinds off content pages', () => {
    const root = fixtureRoot();
    for (const lang of ['id', 'en']) edit(root, `src/content/pages/${lang}/${other.slug}.mdx`, (s) => s.replace(kindLine, 'kind: search'));
    expect(() => pagesLoader.build(root)).toThrow(`src/content/pages/id/${other.slug}.mdx: field "kind": "search" is for a route`);
  });
});
