/**
 * Reads the built chapters in dist/: every chapter exists in both languages with the
 * heading ids of the shared anchor plan, identical and in the same order; every claim
 * marker, citation and glossary term points at an entry that exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import references from '../../src/data/references.json' with { type: 'json' };
import glossary from '../../src/data/glossary.json' with { type: 'json' };
import { contentPages, pagesOfKind, readPage, requireBuilt, root } from '../support/site.ts';

const dist = join(root, 'dist');
requireBuilt(dist);

/** The anchor plan every helper shares (notes/COMMON.md). */
const plan: Record<string, string[]> = {
  ringkasan: ['what', 'where', 'how', 'found', 'abstract', 'key-findings'],
  konteks: ['mangkubumen', 'mpok-sinah-klamben', 'mangku-lawren', 'market', 'wooden-coins', 'award-2019'],
  'kerangka-teori': ['community-governance', 'empowerment', 'social-capital', 'ties', 'bonding', 'bridging', 'linking', 'levels', 'micro', 'meso', 'macro', 'combined'],
  metode: ['design', 'interviews', 'sampling', 'triangulation', 'analysis', 'not-stated'],
  temuan: ['micro-capability', 'macro-influence', 'interdependence', 'bonding-strengths', 'bonding-barriers', 'barrier-mindset', 'barrier-capacity', 'bridging-linking'],
  kesimpulan: ['conclusion', 'implications', 'limits'],
  glosarium: ['terms'],
  pustaka: ['works'],
  tentang: ['what-this-is', 'what-it-is-not', 'provenance', 'claims-count', 'errors'],
};

const headingIds = (path: string) => [...readPage(dist, path).querySelectorAll('article h2[id], article h3[id]')].filter((h) => !h.closest('nav')).map((h) => `${h.tagName.toLowerCase()}#${h.id}`);

describe.each(Object.keys(plan))('chapter %s', (slug) => {
  it('exists in both languages with the planned heading ids, identical and in order', () => {
    for (const path of [`/${slug}/`, `/en/${slug}/`]) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    const id = headingIds(`/${slug}/`);
    expect(id.map((h) => h.split('#')[1])).toEqual(plan[slug]);
    expect(headingIds(`/en/${slug}/`)).toEqual(id);
  });

  it('links every claim marker, citation and term to an entry that exists', () => {
    for (const path of [`/${slug}/`, `/en/${slug}/`]) {
      const links = [...readPage(dist, path).querySelectorAll('a.claim__ref, a.cite, a.term__link')].map((a) => a.getAttribute('href')!);
      for (const href of links) {
        const [page, hash] = href.split('#');
        expect(hash, `${path}: ${href}`).toBeTruthy();
        expect(readPage(dist, page).getElementById(hash), `${path}: ${href}`).not.toBeNull();
      }
    }
  });
});

describe('generated pages', () => {
  it('the references page has an entry #ref-<key> for every work, brackets kept', () => {
    for (const [path, lang] of [['/pustaka/', 'id'], ['/en/pustaka/', 'en']] as const) {
      const doc = readPage(dist, path);
      for (const ref of references) expect(doc.getElementById(`ref-${ref.id}`), `${path} #ref-${ref.id}`).not.toBeNull();
      // The editors' bracketed description of an untitled source, in the page's language.
      const described = references.filter((ref) => 'custom' in ref) as unknown as { id: string; custom: { title: Record<string, string> } }[];
      expect(described.length).toBeGreaterThan(0);
      for (const ref of described) {
        expect(ref.custom.title[lang], ref.id).toMatch(/^\[.*\]$/);
        // citeproc typesets the apostrophe.
        expect(doc.getElementById(`ref-${ref.id}`)!.textContent!.replace(/’/g, "'"), `${path} #ref-${ref.id}`).toContain(ref.custom.title[lang]);
      }
    }
    expect(readPage(dist, '/pustaka/').getElementById('ref-febriana-abstract')!.textContent).toContain('(t.t.)');
    expect(readPage(dist, '/en/pustaka/').getElementById('ref-febriana-abstract')!.textContent).toContain('(n.d.)');
  });

  it('the glossary has an entry for every term in both languages', () => {
    for (const [path, lang] of [['/glosarium/', 'id'], ['/en/glosarium/', 'en']] as const) {
      const doc = readPage(dist, path);
      for (const term of glossary) expect(doc.getElementById(term.id)?.textContent, `${path} #${term.id}`).toBe(term.term[lang]);
    }
  });

  it('every page lists every chapter, so each is reachable', () => {
    const hrefs = (path: string, selector: string) => [...readPage(dist, path).querySelectorAll(selector)].map((a) => a.getAttribute('href'));
    for (const path of contentPages(dist)) {
      const prefix = path.startsWith('/en/') ? '/en/' : '/';
      for (const slug of Object.keys(plan)) expect(hrefs(path, 'nav.chapters a'), path).toContain(`${prefix}${slug}/`);
    }
    // The bilingual 404 page carries its own contents list per language instead of the nav.
    for (const path of pagesOfKind(dist, 'not-found')) {
      for (const prefix of ['/', '/en/']) {
        const list = hrefs(path, `.not-found__lang[data-lang="${prefix === '/' ? 'id' : 'en'}"] a`);
        for (const slug of Object.keys(plan)) expect(list, `${path} (${prefix})`).toContain(`${prefix}${slug}/`);
      }
    }
  });

  it('the Woolcock note keeps the study\'s "Wolcock (2000)" and names Woolcock (2001)', () => {
    for (const path of ['/kerangka-teori/', '/en/kerangka-teori/']) {
      const text = readPage(dist, path).querySelector('article')!.textContent!;
      expect(text).toContain('Wolcock (2000)');
      expect(text).toContain('Woolcock (2001)');
    }
  });
});
