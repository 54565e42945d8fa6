import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFacets } from '../../src/lib/search/facets.ts';
import { kindTraits, pageKinds, routeSlug } from '../../src/lib/pages.ts';
import { parseSearchTags } from '../../src/lib/search/tags.ts';
import { pagefindFilters, readSearchState, writeSearchState, hasFilters } from '../../src/lib/search/url.ts';
import { bestSections, flattenHits, hitKey, type PageResult } from '../../src/lib/search/rank.ts';
import { pagePath, parsePagePath } from '../../src/lib/paths.ts';
import { readRelevance } from '../support/search.ts';

describe('pageFacets', () => {
  it('maps a page kind to its content type and weight, and its slug to its chapter', () => {
    expect(pageFacets('x', 'findings')).toEqual({ type: 'finding', chapter: 'x', weight: kindTraits.findings.searchWeight });
    expect(kindTraits.findings.searchWeight).toBeGreaterThan(kindTraits.chapter.searchWeight);
    expect(pageFacets('x', 'glossary')).toMatchObject({ type: 'glossary' });
    expect(pageFacets('x', 'references')).toMatchObject({ type: 'reference' });
    expect(pageFacets('x', 'charts')).toEqual({ type: 'chart', chapter: 'x', weight: 0.75 });
    expect(pageFacets('x', 'codebook')).toMatchObject({ type: 'codebook', weight: 1 });
    expect(pageFacets('x', 'chapter')).toEqual({ type: 'chapter', chapter: 'x', weight: 1 });
    expect(pageFacets('', 'home')).toEqual({ type: 'page', chapter: null, weight: 0.5 });
    // Derived pages (summary, policy brief) and tools (explorer, cite page, ledger) rank at half.
    for (const kind of ['summary', 'brief', 'explorer', 'cite', 'ledger'] as const) expect(pageFacets('x', kind).weight, kind).toBe(0.5);
    for (const kind of pageKinds) expect(pageFacets('x', kind).weight).toBeGreaterThan(0);
  });
});

describe('the search page URL', () => {
  it('is /cari/ in Indonesian and /en/search/ in English, and parses back to the shared slug', () => {
    expect(pagePath('id', routeSlug('search'))).toBe('/cari/');
    expect(pagePath('en', routeSlug('search'))).toBe('/en/search/');
    expect(pagePath('en', routeSlug('search'), '/skripsi/')).toBe('/skripsi/en/search/');
    expect(parsePagePath('/en/search/')).toEqual({ lang: 'en', slug: 'cari' });
    expect(parsePagePath('/cari/')).toEqual({ lang: 'id', slug: 'cari' });
  });
});

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown parameters', () => {
    const state = readSearchState('?q=+kepercayaan+&level=micro&level=meso&tie=bonding&utm=x&level=micro');
    expect(state).toEqual({ q: 'kepercayaan', filters: { level: ['micro', 'meso'], tie: ['bonding'] } });
    expect(hasFilters(state)).toBe(true);
    expect(pagefindFilters(state)).toEqual({ level: { any: ['micro', 'meso'] }, tie: { any: ['bonding'] } });
  });

  it('writes a stable query string and round-trips', () => {
    const state = { q: 'modal sosial', filters: { tie: ['linking'], type: ['finding'] } };
    expect(writeSearchState(state)).toBe('?q=modal+sosial&type=finding&tie=linking');
    expect(readSearchState(writeSearchState(state))).toEqual({ q: 'modal sosial', filters: { type: ['finding'], tie: ['linking'] } });
    expect(writeSearchState({ q: ' ', filters: {} })).toBe('');
    expect(hasFilters(readSearchState(''))).toBe(false);
  });
});

describe('SearchFilters tags', () => {
  it('accept the study vocabulary, space-separated', () => {
    expect(parseSearchTags({ level: 'micro meso', tie: 'bonding' }, 'x')).toEqual({ level: ['micro', 'meso'], tie: ['bonding'] });
    expect(parseSearchTags({ tie: 'linking linking' }, 'x')).toEqual({ level: [], tie: ['linking'] });
  });

  it('fail on an unknown value or no value, naming the page and the field', () => {
    expect(() => parseSearchTags({ level: 'mikro' }, '/temuan/')).toThrow('/temuan/: <SearchFilters> level="mikro": "mikro" is not one of micro, meso, macro');
    expect(() => parseSearchTags({ tie: 'bonding brigding' }, '/temuan/')).toThrow('tie="bonding brigding": "brigding"');
    expect(() => parseSearchTags({}, '/temuan/')).toThrow('/temuan/: <SearchFilters> needs level="…" or tie="…"');
    expect(() => parseSearchTags({ levels: 'micro' }, '/temuan/')).toThrow('/temuan/');
  });
});

describe('ranking sections', () => {
  const loc = (weight: number) => ({ weight, balanced_score: weight, location: 0 });
  const result: PageResult = {
    url: '/metode/',
    excerpt: 'page excerpt',
    meta: { title: 'Metode' },
    filters: { level: ['micro'] },
    sub_results: [
      { title: 'Metode', url: '/metode/', excerpt: 'top', weighted_locations: [loc(9)] },
      { title: 'Desain', url: '/metode/#design', excerpt: 'a', weighted_locations: [loc(1)] },
      { title: 'Triangulasi', url: '/metode/#triangulation', excerpt: 'b', weighted_locations: [loc(5), loc(2)] },
      { title: 'Analisis', url: '/metode/#analysis', excerpt: 'c', weighted_locations: [loc(1)] },
      { title: 'Sampel', url: '/metode/#sampling', excerpt: 'd', weighted_locations: [loc(3)] },
    ],
  };

  it('orders a page\'s sections by matched weight, document order breaking ties, and keeps 3', () => {
    expect(bestSections(result).map((s) => s.url)).toEqual(['/metode/#triangulation', '/metode/#sampling', '/metode/#design']);
  });

  it('flattens pages into links, falling back to the page when no section matched', () => {
    const bare: PageResult = { url: '/', excerpt: 'home', meta: { title: 'Beranda' }, sub_results: [] };
    const hits = flattenHits([bare, result], 2);
    expect(hits.map((h) => h.url)).toEqual(['/', '/metode/#triangulation', '/metode/#sampling']);
    expect(hits[1]).toMatchObject({ page: 'Metode', section: 'Triangulasi', excerpt: 'b', filters: { level: ['micro'] } });
    expect(hits[0].section).toBeNull();
  });


  it('keys a hit as page#section whatever the base path', () => {
    expect(hitKey('/skripsi/en/abstrak/#record', '/skripsi/')).toBe('en/abstrak#record');
    expect(hitKey('/abstrak/')).toBe('abstrak');
    expect(hitKey('/en/#in-brief')).toBe('en#in-brief');
    expect(hitKey('/#in-brief')).toBe('#in-brief');
  });
});

describe('relevance files', () => {
  it('reject a malformed query, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-relevance-'));
    try {
      writeFileSync(join(dir, 'r.json'), JSON.stringify({ queries: [{ q: 'x', lang: 'fr', expect: 'metode#sampling' }] }));
      expect(() => readRelevance('r.json', dir)).toThrow('r.json: queries.0.lang');
      writeFileSync(join(dir, 'r.json'), JSON.stringify({ queries: [{ q: 'x', lang: 'id', expect: '/metode/#Sampling' }] }));
      expect(() => readRelevance('r.json', dir)).toThrow('r.json: queries.0.expect');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the relevance set has at least 30 queries, half in each language', () => {
    const pending = readRelevance('tests/search/relevance.json');
    expect(pending.length).toBeGreaterThanOrEqual(30);
    const id = pending.filter((q) => q.lang === 'id').length;
    expect(Math.abs(id - (pending.length - id))).toBeLessThanOrEqual(1);
  });
});

describe('page weights', () => {
  it('reads the weight a page carries as Pagefind meta, 1 when it has none or a bad one', async () => {
    const { pageWeight } = await import('../../src/lib/search/rank.ts');
    expect(pageWeight({ weight: '0.5' })).toBe(0.5);
    expect(pageWeight({ weight: '0.75', title: 'x' })).toBe(0.75);
    expect(pageWeight({ title: 'x' })).toBe(1);
    expect(pageWeight(undefined)).toBe(1);
    expect(pageWeight({ weight: 'abc' })).toBe(1);
    expect(pageWeight({ weight: '0' })).toBe(1);
  });

  it('re-orders by score × weight, keeping Pagefind order for ties', async () => {
    const { reweight } = await import('../../src/lib/search/rank.ts');
    const ranked = reweight([
      { url: '/ringkasan-kebijakan/', score: 1.0, meta: { weight: '0.5' } },
      { url: '/temuan/', score: 0.6, meta: {} },
      { url: '/metode/', score: 0.6, meta: {} },
      { url: '/', score: 0.1, meta: { weight: '0.5' } },
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['/temuan/', '/metode/', '/ringkasan-kebijakan/', '/']);
  });
});
