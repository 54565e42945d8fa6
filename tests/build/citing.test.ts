/**
 * Checks the built site (dist/) for what citing needs: permanent anchors on every heading,
 * the anchor registry, cite boxes, metadata with exact tag names, downloads, page size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import anchors from '../../src/data/anchors.json' with { type: 'json' };
import { anchorRegistrySchema, pageRedirects, registryProblems } from '../../src/lib/anchors.ts';
import { parseCitation } from '../../src/lib/citation/formats.ts';
import { citeStyles, pageRecord, type PageTemplates, type PageTitles } from '../../src/lib/citation/page-record.ts';
import { citeprocNeeds, withTitles } from '../../src/lib/citation/page.ts';
import { referencesKey } from '../../src/lib/citation/ahead.ts';
import type { Reference } from '../../src/lib/sources.ts';
import { citeTemplatesPath, sectionCitations, type CiteTemplates, type PageCiteData } from '../../src/lib/citation/section.ts';
import { citeTemplates } from '../../src/lib/citation/templates-file.ts';
import { parsePagePath } from '../../src/lib/paths.ts';
import pagesJson from '../../src/generated/pages.json' with { type: 'json' };
import citation from '../../src/generated/citation.json' with { type: 'json' };
import citeproc from '../../src/generated/citeproc.json' with { type: 'json' };
import sources from '../../src/generated/sources.json' with { type: 'json' };
import { citationCff } from '../../src/lib/citation/cff.ts';
import { languages, t } from '../../src/lib/i18n.ts';
import type { Study } from '../../src/lib/schemas.ts';
import studyJson from '../../src/data/study.json' with { type: 'json' };
import { publishedAnchors, anchorIdsByPage } from '../../tools/lib/published-anchors.ts';
import { contentPages, kindPath, pagesOfKind, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { LANDING } from '../../src/lib/citation/scholar-meta.ts';
import { pdfSitePath } from '../../src/lib/print.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
// Content pages only: the bilingual 404 page and the redirect pages carry no cite box, anchors or metadata.
const pages = contentPages(dist);

function headings(doc: Document) {
  return [...doc.querySelectorAll('main h2, main h3, main h4, main h5, main h6')];
}

describe('permanent anchors', () => {
  it('every heading on every page has an id and an anchor link to it, labelled', () => {
    const problems: string[] = [];
    let count = 0;
    for (const path of pages) {
      const doc = readPage(dist, path);
      for (const h of headings(doc)) {
        count++;
        const id = h.getAttribute('id');
        if (!id) { problems.push(`${path}: <${h.tagName.toLowerCase()}> "${h.textContent}" has no id`); continue; }
        const link = h.parentElement?.querySelector(`a[data-anchor][href="#${id}"]`);
        if (!link) problems.push(`${path}: heading #${id} has no anchor link`);
        else if (!link.getAttribute('aria-label')?.includes(h.textContent!.trim())) problems.push(`${path}: anchor link of #${id} is not labelled with the heading`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(10);
  });

  it('ids are identical, in the same order, across the two languages', () => {
    const ids = (path: string) => headings(readPage(dist, path)).map((h) => `${h.tagName}#${h.id}`);
    const idPages = pages.filter((p) => !p.startsWith('/en/'));
    expect(idPages.length).toBeGreaterThanOrEqual(3);
    for (const path of idPages) expect(ids(`/en${path}`), path).toEqual(ids(path));
  });

  it('the registry lists every published anchor, and none has disappeared without a redirect', () => {
    const registry = anchorRegistrySchema.parse(anchors);
    const published = publishedAnchors(dist);
    expect(registryProblems(registry, published)).toEqual([]);
    const unregistered = [...published].filter((a) => !registry.anchors.includes(a));
    expect(unregistered, 'run "npm run anchors:update" to register new anchors').toEqual([]);
    expect(registry.anchors.length).toBeGreaterThanOrEqual(24);
  });

  it('a removed anchor fails the registry check (a heading id renamed in a built page)', () => {
    const published = publishedAnchors(dist);
    published.delete('abstrak#record');
    expect(registryProblems(anchorRegistrySchema.parse(anchors), published)[0]).toMatch(/"abstrak#record" is registered but no page publishes it/);
  });

  it('redirect pages exist in both languages and point at the new page', () => {
    for (const { fromSlug, to } of pageRedirects(anchors)) {
      for (const prefix of ['', '/en']) {
        const doc = readPage(dist, `${prefix}/${fromSlug}/`);
        expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`1; url=${prefix}/${to}/`);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${prefix}/${to}/`);
        expect(doc.documentElement.getAttribute('data-redirect-to')).toBe(`${prefix}/${to}/`);
      }
    }
    expect(anchorIdsByPage(dist).get('id')?.has('cite')).toBe(false);
  });

  it('layout ids are not published anchors; headings and sentence numbers are', () => {
    const abstrak = anchorIdsByPage(dist).get('id')!.get('abstrak')!;
    for (const id of ['top', 'main', 'cite']) expect(abstrak.has(id), `abstrak#${id}`).toBe(false);
    for (const id of ['record', 's1', 's14']) expect(abstrak.has(id), `abstrak#${id}`).toBe(true);
  });

  it('the page kinds read from the HTML: redirect pages are exactly the registry\'s, one 404 page', () => {
    const expected = pageRedirects(anchors).flatMap(({ fromSlug }) => [`/${fromSlug}/`, `/en/${fromSlug}/`]).sort();
    expect(pagesOfKind(dist, 'redirect')).toEqual(expected);
    expect(pagesOfKind(dist, 'not-found')).toEqual(['/404.html']);
    expect(pages).toContain('/');
    expect(pages).toContain('/en/abstrak/');
  });
});

describe('cite boxes', () => {
  it('every page has a page cite box (a <details>) with the study and the page; cite boxes stay small', () => {
    for (const path of pages) {
      const doc = readPage(dist, path);
      const box = doc.querySelector('details#cite');
      expect(box?.tagName, path).toBe('DETAILS');
      expect(box!.querySelectorAll('.cite-list').length, path).toBe(2);
      expect(box!.querySelector('a[download="febriana.bib"]'), path).not.toBeNull();
      expect(box!.querySelector('a[download="febriana-bibtex.bib"]'), path).not.toBeNull();
      expect(box!.querySelector('a[download="febriana.ris"]'), path).not.toBeNull();
      // What citing adds to a page; the page's whole weight is budgets.json's (tests/browser/quality.test.ts).
      expect(box!.outerHTML.length, `${path}: page cite box`).toBeLessThan(8_000);
      const all = [...doc.querySelectorAll('details.cite')].reduce((sum, d) => sum + d.outerHTML.length, 0);
      expect(all, `${path}: page and section cite boxes`).toBeLessThan(30_000);
    }
  });

  it('every section heading carries what its compact cite control needs (built in the browser), no cite box of its own', () => {
    for (const path of pages) {
      const doc = readPage(dist, path);
      expect(doc.querySelectorAll('details.cite--section').length, path).toBe(0);
      const { slug } = parsePagePath(path);
      for (const { id } of pagesJson.find((p) => p.slug === slug)?.headings ?? []) {
        const h = doc.getElementById(id)!.parentElement!;
        expect(h.getAttribute('data-section'), path).toBe(id);
        expect(h.hasAttribute('data-cite-title') || h.hasAttribute('data-cite-titles') || h.hasAttribute('data-cite-html'), `${path}#${id}`).toBe(true);
      }
    }
    // What the browser makes of it (src/lib/citation/section.ts), from the page's one data block, the heading and the language's templates file.
    const doc = readPage(dist, '/en/abstrak/');
    const heading = doc.querySelector('#record')!.parentElement!;
    const data = JSON.parse(doc.querySelector('script[data-section-cite-data]')!.textContent!) as PageCiteData;
    const templates = JSON.parse(readFileSync(join(dist, citeTemplatesPath('en', '/')), 'utf8')) as CiteTemplates;
    const titles = heading.hasAttribute('data-cite-titles') ? JSON.parse(heading.getAttribute('data-cite-titles')!) : [heading.getAttribute('data-cite-title')!];
    const html = sectionCitations(templates, titles, `${data.url}#record`)!;
    expect(html.map((h) => h.replace(/<[^>]*>/g, ''))[0]).toBe('Abstract: The thesis record. (n.d.). Community Governance in Empowering MSMEs. Retrieved [date accessed], from /en/abstrak/#record');
    expect(html).toHaveLength(3);
  });

  it('every page and section title the site shows was worked out by the citeproc.json loader, and so was the references list: no page ran citeproc as it rendered', () => {
    const templates = withTitles(citation.pageTemplates as PageTemplates, citeproc.titles as PageTitles);
    const missed: string[] = [];
    for (const path of pages) {
      const doc = readPage(dist, path);
      const { lang } = parsePagePath(path);
      const pageTitle = doc.querySelector('h1')!.textContent!.trim();
      // The text SectionHeading.astro cites a section by: its heading's, as the page shows it.
      const sections = [...doc.querySelectorAll('.section-heading[data-section] > :is(h2, h3, h4, h5, h6)')].map((h) => h.textContent!.trim());
      for (const sectionTitle of [undefined, ...sections]) {
        const item = pageRecord({ lang, siteTitle: t(lang, 'site.title'), pageTitle, sectionTitle, url: path });
        for (const style of citeStyles) {
          const need = citeprocNeeds(item, style, lang, templates);
          if (need) missed.push(`${path}: ${style}: ${JSON.stringify(item.title)} needs its ${need} (scripts/citeproc.json.ts addedHeadings?)`);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(citeproc.bibliography.references).toBe(referencesKey(sources.references as Reference[]));
  });

  it('each language\'s citation templates are one file, as the build makes them; no page carries them', async () => {
    for (const lang of languages) {
      const file = join(dist, citeTemplatesPath(lang, '/'));
      expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(await citeTemplates(lang, citation.pageTemplates as PageTemplates));
      expect((await citeTemplates(lang)).styles.every((s) => s.before !== null), `${lang}: every style has a page template`).toBe(true);
    }
    for (const path of pages) {
      const block = readPage(dist, path).querySelector('script[data-section-cite-data]');
      if (block) expect(Object.keys(JSON.parse(block.textContent!)).filter((k) => !['label', 'url', 'pageTitles'].includes(k)), path).toEqual([]);
    }
  });

  it('the study is cited with n.d. / t.t. while no year is known', () => {
    expect(readPage(dist, kindPath('cite', 'en')).querySelector('details#cite .cite-list__text')?.textContent).toMatch(/^Febriana, E\. \(n\.d\.\)\. Community Governance/);
    expect(readPage(dist, kindPath('cite', 'id')).querySelector('details#cite .cite-list__text')?.textContent).toMatch(/^Febriana, E\. \(t\.t\.\)\. Community Governance/);
  });

  it('the downloads parse back as the thesis', () => {
    for (const ext of ['bib', 'ris', 'json']) {
      const [item] = parseCitation(readFileSync(join(dist, 'kutip', `febriana.${ext}`), 'utf8'));
      expect(item, ext).toMatchObject({ type: 'thesis', title: 'Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah', author: [{ family: 'Febriana', given: 'Elsa' }] });
    }
  });
});

describe('metadata', () => {
  const names = (doc: Document, prefix: string) => [...doc.querySelectorAll('meta[name]')].map((m) => m.getAttribute('name')!).filter((n) => n.startsWith(prefix));

  const landings = languages.map((lang) => kindPath(LANDING.kind, lang));
  it.each(landings)('the landing page %s carries Highwire tags with exact names (the thesis type too), Dublin Core and JSON-LD Thesis', (path) => {
    const doc = readPage(dist, path);
    // citation_pdf_url only once `npm run pdf` has printed the report (it then ships in dist/).
    const lang = path.startsWith('/en/') ? 'en' : 'id';
    const pdf = existsSync(join(dist, pdfSitePath(lang)));
    expect(names(doc, 'citation_')).toEqual([
      'citation_title', 'citation_author', 'citation_dissertation_institution', 'citation_dissertation_name', 'citation_publisher',
      'citation_language', 'citation_keywords', 'citation_abstract_html_url', ...(pdf ? ['citation_pdf_url'] : []),
    ]);
    if (pdf) expect(doc.querySelector('meta[name="citation_pdf_url"]')?.getAttribute('content')).toMatch(new RegExp(`${pdfSitePath(lang).replace(/\./g, '\\.')}$`));
    expect(doc.querySelector('meta[name="citation_dissertation_name"]')?.getAttribute('content')).toBe(studyJson.genre);
    expect(doc.querySelector('meta[name="citation_abstract_html_url"]')?.getAttribute('content')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(doc.querySelectorAll('link[rel="canonical"]').length).toBe(1);
    expect(doc.querySelector(`link[rel="alternate"][hreflang="${path.startsWith('/en/') ? 'id' : 'en'}"]`)?.getAttribute('href')).toBe(landings.find((p) => p !== path));
    expect(doc.querySelector('meta[name="citation_author"]')?.getAttribute('content')).toBe('Febriana, Elsa');
    expect(doc.querySelector('link[rel="schema.DC"]')?.getAttribute('href')).toBe('http://purl.org/dc/elements/1.1/');
    expect(names(doc, 'DC.')).toContain('DC.title');
    expect(names(doc, 'DC.')).not.toContain('DC.date');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('Thesis');
    expect(ld).not.toHaveProperty('datePublished');
  });

  it('no other page repeats citation_title; each has one canonical, Open Graph and JSON-LD WebPage part of the Thesis', () => {
    for (const path of pages.filter((p) => !landings.includes(p))) {
      const doc = readPage(dist, path);
      expect(names(doc, 'citation_'), path).toEqual([]);
      expect(doc.querySelectorAll('link[rel="canonical"]').length, path).toBe(1);
      expect(doc.querySelector('meta[property="og:title"]'), path).not.toBeNull();
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld['@type'], path).toBe('WebPage');
      expect(ld.isPartOf['@type'], path).toBe('Thesis');
      // The same thesis node as the landing page's, named by its identifier.
      const landingLd = JSON.parse(readPage(dist, landings[0]).querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.isPartOf['@id'], path).toBe(landingLd['@id']);
      expect(ld.isPartOf.name, path).toBe(landingLd.name);
    }
  });

  it('robots.txt allows crawling; without SITE_URL there is no sitemap to name', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    if (!process.env.SITE_URL) {
      expect(robots).not.toContain('Sitemap:');
      expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    }
  });

  it('CITATION.cff describes the thesis without inventing a date, and is up to date with study.json', () => {
    const cff = readFileSync(join(root, 'CITATION.cff'), 'utf8');
    expect(cff, 'run "npm run cite:cff"').toBe(citationCff(studyJson as Study, t('id', 'site.title')));
    expect(citationCff({ ...(studyJson as Study), year: 2020 }, 'S')).toMatch(/^  year: 2020$/m);
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain('title: "Community Governance dalam Pemberdayaan Usaha Mikro Kecil Menengah"');
    expect(cff).toMatch(/type: thesis/);
    expect(cff).not.toMatch(/date-released|year:/);
  });
});
