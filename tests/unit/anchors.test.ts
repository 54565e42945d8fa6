import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { aliasesFor, layoutIdProblem, pageRedirects, publishedIds, registryProblems, updatedRegistry, type AnchorRegistry } from '../../src/lib/anchors.ts';
import { highwireTags, dublinCoreTags, pageJsonLd } from '../../src/lib/citation/scholar-meta.ts';
import studyJson from '../../src/data/study.json' with { type: 'json' };
import type { Study } from '../../src/lib/schemas.ts';

const reg = (anchors: string[], redirects: Record<string, string> = {}): AnchorRegistry => ({ note: '', anchors, redirects });

describe('published anchors', () => {
  it('are section headings and elements marked data-permalink, not layout targets', () => {
    const { document } = parseHTML(`<main id="main"><div id="top">
      <nav><a href="#record">Record</a><a href="#top">Top</a><a href="#main">Skip</a><a href="#cite">Cite</a></nav>
      <div><h2 id="record">Record</h2><a data-anchor href="#record">#</a></div><h3 id="note">Note</h3>
      <p><span id="s1" data-permalink><a href="#s1">S1</a> Sentence.</span> <span id="s2">Unmarked.</span></p>
      <figure id="chart-x"><a href="#chart-x">Permalink</a></figure></div>
      <details id="cite"><summary>Cite</summary></details></main>`);
    expect([...publishedIds(document.querySelector('main')!)].sort()).toEqual(['note', 'record', 's1']);
  });
});

describe('layout ids', () => {
  it('a heading may not take an id the layout uses on every page', () => {
    expect(layoutIdProblem('cite', '/ringkasan-kebijakan/: heading')).toBe('/ringkasan-kebijakan/: heading: heading id "#cite" is used by the page layout (#main, #top, #cite, #chapters-title); choose another id');
    expect(layoutIdProblem('how-to-cite', 'x')).toBeNull();
    expect(layoutIdProblem('sumber', 'x')).toMatch(/taken by the page's sources list/);
    expect(layoutIdProblem('sumber-s8', 'x')).toMatch(/taken by the page's sources list/);
    expect(layoutIdProblem('sumber-data', 'x')).not.toBeNull();
    expect(layoutIdProblem('sumberdaya', 'x')).toBeNull();
  });
});

describe('anchor registry', () => {
  it('fails when a registered anchor disappears without a redirect', () => {
    expect(registryProblems(reg(['abstrak#record', 'abstrak#old']), new Set(['abstrak#record']))).toEqual([
      'src/data/anchors.json: "abstrak#old" is registered but no page publishes it; restore it or add a redirect "abstrak#old": "<new page#id>"',
    ]);
  });

  it('accepts a removed anchor with a redirect to a published one, and rejects a redirect to nowhere', () => {
    expect(registryProblems(reg(['abstrak#old'], { 'abstrak#old': 'abstrak#record' }), new Set(['abstrak#record']))).toEqual([]);
    expect(registryProblems(reg([], { 'abstrak#old': 'abstrak#gone' }), new Set(['abstrak#record']))).toEqual([
      'src/data/anchors.json: redirect "abstrak#old" points at "abstrak#gone", which no page publishes',
    ]);
  });

  it('update adds new anchors and never drops one', () => {
    const next = updatedRegistry(reg(['a#x', 'a#gone']), ['a#x', 'b#y']);
    expect(next.anchors).toEqual(['a#gone', 'a#x', 'b#y']);
  });

  it('keeps old ids as aliases on the new heading', () => {
    const r = reg([], { 'abstrak#old': 'abstrak#record', 'lama#x': 'abstrak#record', 'abstrak#s1': 'abstrak#s1' });
    expect(aliasesFor(r, 'abstrak', 'record')).toEqual(['old', 'x']);
  });

  it('groups page redirects by old page, with their id mapping', () => {
    const r = reg([], { 'lama#x': 'baru#y', 'abstrak#a': 'abstrak#b' });
    expect(pageRedirects(r)).toEqual([{ fromSlug: 'lama', to: 'baru', hashes: { x: 'y' } }]);
  });
});

describe('scholarly metadata', () => {
  const study = studyJson as Study;
  it('uses the exact Highwire tag names, with no date tag while the year is unknown', () => {
    expect(highwireTags(study, ['k1', 'k2'], 'https://x.test/abstrak/').map((t) => t.name)).toEqual([
      'citation_title', 'citation_author', 'citation_dissertation_institution', 'citation_dissertation_name', 'citation_publisher',
      'citation_language', 'citation_keywords', 'citation_abstract_html_url',
    ]);
    expect(highwireTags(study, [], '/').find((t) => t.name === 'citation_dissertation_name')?.content).toBe(study.genre);
    expect(dublinCoreTags(study, []).filter((t) => t.name === 'DC.type').map((t) => t.content)).toEqual(['Text', study.genre]);
    const withYear = highwireTags({ ...study, year: 2022 }, [], '/');
    expect(withYear.find((t) => t.name === 'citation_publication_date')?.content).toBe('2022');
    expect(highwireTags(study, [], '/').find((t) => t.name === 'citation_author')?.content).toBe('Febriana, Elsa');
    expect(dublinCoreTags({ ...study, year: 2022 }, []).find((t) => t.name === 'DC.date')?.content).toBe('2022');
    expect(dublinCoreTags(study, []).some((t) => t.name === 'DC.date')).toBe(false);
  });

  it('describes other pages as WebPage part of the Thesis', () => {
    const ld = pageJsonLd(study, [], { name: 'Cite', description: 'd', url: '/en/kutip/', lang: 'en', landing: false }) as any;
    expect(ld['@type']).toBe('WebPage');
    expect(ld.isPartOf['@type']).toBe('Thesis');
    expect(ld.isPartOf).not.toHaveProperty('datePublished');
  });
});
