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
import anchors from '../../src/data/anchors.json' with { type: 'json' };
import pagesJson from '../../src/generated/pages.json' with { type: 'json' };
import { chapters, reportMenu } from '../../src/lib/reading.ts';
import { contentPages, kindPath, pagesOfKind, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { languages } from '../../src/lib/i18n.ts';

const dist = join(root, 'dist');
requireBuilt(dist);

/**
 * What each page must show, from the sources rather than a copy kept here: the headings the
 * pages.json loader read from each MDX page (the ids both languages share), and the anchor
 * registry every published id must be in. Renaming a heading or adding a page needs no edit.
 */
const plan: Record<string, string[]> = Object.fromEntries(
  pagesJson.filter((p) => p.headings.some((h) => h.depth <= 3)).map((p) => [p.slug, p.headings.filter((h) => h.depth <= 3).map((h) => h.id)]),
);
const registered = new Set(anchors.anchors);
const everyPage = pagesJson.map((p) => p.slug);
const chapterSlugs = chapters(pagesJson).map((p) => p.slug);

const headingIds = (path: string) => [...readPage(dist, path).querySelectorAll('article h2[id], article h3[id]')].filter((h) => !h.closest('nav')).map((h) => `${h.tagName.toLowerCase()}#${h.id}`);

describe.each(Object.keys(plan))('chapter %s', (slug) => {
  it('exists in both languages with the planned heading ids, identical and in order', () => {
    for (const path of [`/${slug}/`, `/en/${slug}/`]) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    const id = headingIds(`/${slug}/`);
    const ids = id.map((h) => h.split('#')[1]);
    // The MDX headings, in their order (components may add headings of their own around them).
    expect(ids.filter((h) => plan[slug].includes(h))).toEqual(plan[slug]);
    expect(headingIds(`/en/${slug}/`)).toEqual(id);
    expect(ids.filter((h) => !registered.has(`${slug}#${h}`)), 'not in src/data/anchors.json: run npm run anchors:update').toEqual([]);
  });

  it('links every claim marker, citation and term to an entry that exists', () => {
    for (const path of [`/${slug}/`, `/en/${slug}/`]) {
      const links = [...readPage(dist, path).querySelectorAll('a.claim__ref, a.cite, a.term__link')].map((a) => a.getAttribute('href')!);
      for (const href of links) {
        const [page, hash] = href.split('#');
        expect(hash, `${path}: ${href}`).toBeTruthy();
        // A marker links to its entry in the page's own sources list ("#sumber-S8") or to another page.
        expect(readPage(dist, page || path).getElementById(hash), `${path}: ${href}`).not.toBeNull();
      }
    }
  });
});

describe('generated pages', () => {
  it('the references page has an entry #ref-<key> for every work, brackets kept', () => {
    for (const lang of languages) {
      const path = kindPath('references', lang);
      const doc = readPage(dist, path);
      for (const ref of references as { id: string; custom?: { title: Record<string, string> } }[]) {
        const entry = doc.getElementById(`ref-${ref.id}`);
        expect(entry, `${path} #ref-${ref.id}`).not.toBeNull();
        // An editors' bracketed description is printed in the page's language, brackets kept (citeproc curls apostrophes).
        if (ref.custom) expect(entry!.textContent!.replace(/’/g, "'"), `${path} #ref-${ref.id}`).toContain(ref.custom.title[lang]);
      }
    }
    expect(readPage(dist, kindPath('references', 'id')).getElementById('ref-febriana-abstract')!.textContent).toContain('(t.t.)');
    expect(readPage(dist, kindPath('references', 'en')).getElementById('ref-febriana-abstract')!.textContent).toContain('(n.d.)');
  });

  it('the glossary has an entry for every term in both languages', () => {
    for (const lang of languages) {
      const path = kindPath('glossary', lang);
      const doc = readPage(dist, path);
      for (const term of glossary) expect(doc.getElementById(term.id)?.textContent, `${path} #${term.id}`).toBe(term.term[lang]);
    }
  });

  it('every page reaches every chapter: its report menu lists them (or, in a long report, those around it and the full list)', () => {
    const hrefs = (path: string, selector: string) => [...readPage(dist, path).querySelectorAll(selector)].map((a) => a.getAttribute('href'));
    const chapterList = chapters(pagesJson);
    for (const path of contentPages(dist)) {
      const prefix = path.startsWith('/en/') ? '/en/' : '/';
      // The header's report menu (layout/ReportNav.astro), on every page: the chapters of `reportMenu`, in order, then every standalone page.
      const slug = path.slice(prefix.length).replace(/\/$/, '');
      const menu = reportMenu(chapterList, chapterList.findIndex((p) => p.slug === slug));
      expect(hrefs(path, '.report-nav__list a'), path).toEqual(menu.items.map((p) => `${prefix}${p.slug}/`));
      const listed = hrefs(path, '.report-nav__panel a');
      for (const page of pagesJson.filter((p) => !chapterSlugs.includes(p.slug))) expect(listed, path).toContain(`${prefix}${page.slug}/`);
      if (menu.windowed) expect(listed, path).toContain(`${prefix}#chapters-title`);
      else for (const s of everyPage) expect(listed, path).toContain(`${prefix}${s}/`);
    }
    // The home page's contents list every chapter, so a windowed menu's link reaches each one.
    for (const prefix of ['/', '/en/']) {
      const contents = hrefs(prefix, 'nav.chapters a');
      for (const s of chapterSlugs) expect(contents, `${prefix} contents`).toContain(`${prefix}${s}/`);
    }
    // The bilingual 404 page carries its own contents list per language instead of the nav.
    for (const path of pagesOfKind(dist, 'not-found')) {
      for (const prefix of ['/', '/en/']) {
        const list = hrefs(path, `.not-found__lang[data-lang="${prefix === '/' ? 'id' : 'en'}"] a`);
        for (const slug of chapterSlugs) expect(list, `${path} (${prefix})`).toContain(`${prefix}${slug}/`);
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
