/**
 * The built pages' provenance (issue 13): each page lists its sources once at its end; every
 * claim marker is a short link to its entry and the entry links back to every marker, like
 * footnotes; an interpretation's tag links to its claims-ledger row, where its rationale
 * stands; ids are the same in both languages. Facts come from the built pages and
 * src/generated/claims.json, never from a copy of today's content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import claims from '../../src/generated/claims.json' with { type: 'json' };
import sources from '../../src/generated/sources.json' with { type: 'json' };
import { contentPages, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { parsePagePath } from '../../src/lib/paths.ts';
import { languages } from '../../src/lib/i18n.ts';
import { cardTerms, cardTermsPath, type CardTerms } from '../../src/lib/card-terms.ts';
import glossary from '../../src/generated/glossary.json' with { type: 'json' };

const dist = join(root, 'dist');
requireBuilt(dist);
const registry = sources.registry as Record<string, { key: string; label: string; kind: string; text?: string; textEn?: string }>;
const pages = contentPages(dist);
const withMarkers = pages.filter((path) => readPage(dist, path).querySelector('.claim__ref'));
const ledger = { id: readPage(dist, '/klaim/'), en: readPage(dist, '/en/klaim/') };

describe('sources list per page', () => {
  it('exists on every page whose text has claim markers (and they are many)', () => {
    expect(withMarkers.length).toBeGreaterThan(10);
    for (const path of withMarkers) expect(readPage(dist, path).querySelector('section.sources ol li'), path).not.toBeNull();
  });

  it.each(withMarkers)('%s: every marker links to its entry, and the entry links back to it', (path) => {
    const doc = readPage(dist, path);
    const markers = [...doc.querySelectorAll<HTMLAnchorElement>('a.claim__ref, a.cite[href^="#"]')];
    for (const a of markers) {
      const href = a.getAttribute('href')!;
      expect(href, `${path}: marker ${a.id}`).toMatch(/^#sumber-/);
      const entry = doc.getElementById(href.slice(1));
      expect(entry?.closest('section.sources'), `${path}: ${href}`).not.toBeNull();
      expect(entry!.querySelector(`a[href="#${a.id}"]`), `${path}: ${href} links back to #${a.id}`).not.toBeNull();
    }
    // Every back link returns to a marker that points at the entry holding it.
    for (const back of doc.querySelectorAll('section.sources li a[data-back]')) {
      const marker = doc.getElementById(back.getAttribute('href')!.slice(1));
      expect(marker?.getAttribute('href'), `${path}: ${back.getAttribute('href')}`).toBe(`#${back.closest('li')!.id}`);
    }
    // Each source once, each with its text: the sentence (original or the editors' translation) or the work's title.
    const keys = [...doc.querySelectorAll('section.sources > ol > li')].map((li) => li.id.replace(/^sumber-/, ''));
    expect(new Set(keys).size, path).toBe(keys.length);
    const lang = parsePagePath(path).lang;
    for (const key of keys) {
      const source = registry[key];
      expect(source, `${path}: ${key}`).toBeDefined();
      const entry = doc.getElementById(`sumber-${key}`)!.querySelector('.sources__entry')!;
      // A sentence the page quotes in full (the abstract on the summary page) is not repeated: the entry
      // links to the quotation, which holds the original sentence.
      const quotedAt = entry.querySelector('[data-quoted-at]')?.getAttribute('data-quoted-at');
      if (source.kind === 'sentence' && quotedAt) {
        expect(entry.querySelector('a')?.getAttribute('href'), `${path}: ${key}`).toBe(`#${quotedAt}`);
        expect(doc.getElementById(quotedAt)?.textContent, `${path}: ${key}`).toContain(source.text!);
      } else if (source.kind === 'sentence') expect(entry.textContent, `${path}: ${key}`).toContain(lang === 'en' ? source.textEn! : source.text!);
    }
  });

  it.each(withMarkers)('%s: a marker is short (labels and the basis), never the source text', (path) => {
    const doc = readPage(dist, path);
    for (const claim of doc.querySelectorAll('.claim')) {
      const labels = [...claim.querySelectorAll('.claim__ref')].map((a) => a.textContent).join(' ');
      const tag = claim.querySelector('.claim__tag')?.textContent;
      expect(claim.textContent!.replace(/\s+/g, ' ').trim(), path).toBe(tag ? `${labels} ${tag}` : labels);
      // Stated or interpreted, to screen readers too.
      for (const a of claim.querySelectorAll('.claim__ref')) expect(a.getAttribute('aria-label'), path).toMatch(new RegExp(`^${a.textContent}, .+`));
      expect(!!tag, path).toBe(claim.classList.contains('claim--interpreted'));
    }
  });

  it.each(withMarkers)('%s: an interpretation links to its rationale (its claims-ledger row, or the glossary entry\'s)', (path) => {
    const doc = readPage(dist, path);
    const lang = parsePagePath(path).lang;
    for (const claim of doc.querySelectorAll<HTMLElement>('.claim--interpreted')) {
      const href = claim.querySelector('.claim__tag')!.getAttribute('href')!;
      const target = href.startsWith('#') ? doc.getElementById(href.slice(1)) : ledger[lang].getElementById(href.split('#')[1]);
      expect(target, `${path}: ${href}`).not.toBeNull();
      const shown = href.startsWith('#') ? target!.textContent : target!.querySelector('.ledger__why')?.textContent;
      expect(shown, `${path}: ${href}`).toContain(claim.dataset.why!);
    }
  });

  it('ids are the same in both languages: entries and markers', () => {
    // As sets: the glossary orders its terms by each language's alphabet.
    const ids = (path: string) => [...readPage(dist, path).querySelectorAll('section.sources li[id], a.claim__ref[id], a.cite[id]')].map((el) => el.id).sort();
    const pairs = withMarkers.filter((p) => !p.startsWith('/en/'));
    expect(pairs.length).toBeGreaterThan(5);
    for (const path of pairs) expect(ids(`/en${path}`), path).toEqual(ids(path));
  });

  it('every claim of claims.json has its marker in its page\'s text', () => {
    for (const lang of ['id', 'en'] as const) {
      const byPage = new Map<string, number>();
      for (const row of claims[lang].rows) byPage.set(row.page, (byPage.get(row.page) ?? 0) + 1);
      for (const [page, n] of byPage) {
        const path = `${lang === 'en' ? '/en' : ''}/${page ? `${page}/` : ''}`;
        expect(readPage(dist, path).querySelectorAll('[data-prose] .claim').length, path).toBe(n);
      }
    }
  });
});

describe('glossary terms', () => {
  it('link to the glossary; each language\'s definitions sit once, in the glossary\'s card file, not in the pages', () => {
    const files = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(readFileSync(join(dist, cardTermsPath(lang, '/')), 'utf8')) as CardTerms]));
    for (const lang of languages) expect(files[lang], lang).toEqual(cardTerms(glossary, lang));
    let checked = 0;
    for (const path of pages) {
      const doc = readPage(dist, path);
      const terms = [...doc.querySelectorAll('a.term__link')];
      const { lang, slug } = parsePagePath(path);
      if (!terms.length || slug === 'glosarium') continue;
      const html = doc.documentElement.outerHTML;
      for (const a of terms) {
        const id = a.getAttribute('href')!.split('#')[1];
        expect(files[lang][id], `${path}: ${id}`).toBeDefined();
        // Neither the occurrence nor anything else on the page carries a copy of the definition.
        expect(html, `${path}: ${id}`).not.toContain(files[lang][id][1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
