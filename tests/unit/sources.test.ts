import { describe, expect, it } from 'vitest';
import { sourcesLoader } from '../../scripts/sources.json.ts';
import { authorLabel, issuedDate, resolveSources, sourceTarget, type SourceEntry } from '../../src/lib/sources.ts';
import { formatSourceDate } from '../../src/lib/dates.ts';
import { fixedSlugs } from '../../src/lib/pages.ts';
import { editJson, fixtureRoot } from '../support/fixture.ts';

const { registry } = sourcesLoader.build(process.cwd()) as { registry: Record<string, SourceEntry> };

describe('source registry', () => {
  it('holds the 14 abstract sentences and every dossier source', () => {
    expect(Object.values(registry).filter((e) => e.kind === 'sentence')).toHaveLength(14);
    for (const key of ['febriana-abstract', 'surakarta-2019', 'kemendagri-2019', 'radarsolo-2019', 'kabaresolo-2019', '5news-2019', 'kompas-2022', 'lpmvisi-2022', 'woolcock-narayan-2000', 'woolcock-2001', 'mouzelis-1995', 'miles-huberman-1984', 'uu-20-2008']) {
      expect(registry[key]?.kind, key).toBe('work');
    }
  });

  it('gives no date where the source gives none', () => {
    expect(registry['febriana-abstract'].date).toBeUndefined();
    expect(registry['5news-2019'].date).toBeUndefined();
    expect(registry['kabaresolo-2019'].date).toBe('2019-07');
    expect(registry['kompas-2022'].date).toBe('2022-01-25');
  });

  it('resolves keys and names the place of an unknown one', () => {
    expect(resolveSources('S8  kompas-2022', registry, 'x').map((e) => e.key)).toEqual(['S8', 'kompas-2022']);
    expect(() => resolveSources('S15', registry, '/en/: <Claim src="S15">')).toThrow('/en/: <Claim src="S15">: unknown source key "S15"');
    expect(() => resolveSources(' ', registry, 'p')).toThrow('p: a claim needs at least one source key');
  });

  it('points sentences at the abstract page and works at the references page', () => {
    expect(sourceTarget(registry.S9)).toEqual({ slug: fixedSlugs.abstract, hash: 's9' });
    expect(sourceTarget(registry['woolcock-2001'])).toEqual({ slug: fixedSlugs.references, hash: 'ref-woolcock-2001' });
  });

  it('labels authors and dates', () => {
    expect(registry['woolcock-narayan-2000'].label).toBe('Woolcock & Narayan 2000');
    expect(authorLabel({ id: 'x', type: 'legislation', title: 'UU 20/2008', language: 'id' })).toBe('UU 20/2008');
    expect(issuedDate({ id: 'x', type: 'book', title: 't', language: 'en', issued: { 'date-parts': [[2019, 8, 1]] } })).toBe('2019-08-01');
  });

  it('formats partial dates per language', () => {
    expect(formatSourceDate('2019-08-21', 'id')).toBe('21 Agustus 2019');
    expect(formatSourceDate('2019-08-21', 'en')).toBe('21 August 2019');
    expect(formatSourceDate('2019-07', 'en')).toBe('July 2019');
    expect(formatSourceDate('2001', 'id')).toBe('2001');
  });
});

describe('sources.json loader on bad input', () => {
  it('names file, row and field of a malformed item', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/references.json', (refs) => (refs[3].URL = 'not a url'));
    expect(() => sourcesLoader.build(root)).toThrow(/^src\/data\/references\.json: row 4 \("radarsolo-2019"\): field "URL": /);
  });

  it('rejects a duplicated key', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/references.json', (refs) => refs.push({ ...refs[0] }));
    expect(() => sourcesLoader.build(root)).toThrow('src/data/references.json: row 14 ("febriana-abstract"): field "id": duplicated id "febriana-abstract"');
  });

  it('rejects an unknown CSL type', () => {
    const root = fixtureRoot();
    editJson(root, 'src/data/references.json', (refs) => (refs[0].type = 'dissertation-ish'));
    expect(() => sourcesLoader.build(root)).toThrow(/row 1 \("febriana-abstract"\): field "type"/);
  });
});
