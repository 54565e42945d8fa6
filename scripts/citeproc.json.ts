/**
 * Loader: what citeproc says for the pages, worked out before they render (src/lib/citation/ahead.ts),
 * so a build makes no citeproc engine while rendering:
 * - the references list in each language (src/data/references.json, APA), as the references page lists it;
 * - for every page and section title of the site, per language and style (the title of the page cite
 *   box, and `<page title>: <heading text>` of every section heading: the MDX headings as the page
 *   shows them, and those the layouts and components add, `addedHeadings`): the title as the style
 *   writes it into its page template where the style title-cases it, and the page's citation with the
 *   URL slot for a title no template reproduces (src/lib/citation/page.ts).
 * A page asking for anything else (a heading whose rendered text differs from its MDX text, a heading
 * added since) gets it from citeproc as it renders: the same output, only slower.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencesKey, type CiteprocAhead } from '../src/lib/citation/ahead.ts';
import { formatBibliography } from '../src/lib/citation/bibliography.ts';
import { citationWithUrlSlot, pageTemplate, titleCase } from '../src/lib/citation/formats.ts';
import { citeStyles, pageRecord, URL_SLOT, type PageTemplates, type PageTitles, type SlottedCitation, type TemplateTitles } from '../src/lib/citation/page-record.ts';
import { citeprocNeeds } from '../src/lib/citation/page.ts';
import { codebook } from '../src/lib/codebook.ts';
import { extractHeadings, pageFrontmatterSchema, readFrontmatter } from '../src/lib/content.ts';
import { languages, t, type Lang } from '../src/lib/i18n.ts';
import { jsxElements, readMdx } from '../src/lib/mdx/read.ts';
import { parseRows, parseWith, Problems } from '../src/lib/schemas.ts';
import { referenceSchema, type Reference } from '../src/lib/sources.ts';
import { readJson, type Loader } from './lib/loader.ts';

/**
 * Section headings (SectionHeading.astro) that a page shows without its MDX holding them, by what
 * adds them: the home page's layout, the layout of every content page whose MDX has a `<Footnote>`,
 * and the components the MDX uses; their texts as the page shows them. A heading missing here is
 * still cited right, by citeproc as the page renders; tests/build/citing.test.ts finds it.
 */
export const addedHeadings: Record<string, (lang: Lang) => string[]> = {
  home: (lang) => [t(lang, 'home.paths.title')], // src/components/layout/HomePaths.astro
  Footnote: (lang) => [t(lang, 'footnote.title')], // src/components/prose/Footnotes.astro
  Explorer: (lang) => [t(lang, 'explorer.results')], // src/components/data/Explorer.astro
  Codebook: (lang) => codebook.map((r) => `${r.title[lang]} (${r.name}.csv)`), // src/components/data/Codebook.astro
};

interface CitedPage {
  title: string;
  /** Section titles: heading texts as the page shows them, in page order. */
  sections: string[];
}

/** Every page of one language (content pages, then the home page), with its title and section titles. */
function citedPages(root: string, lang: Lang, problems: Problems): CitedPage[] {
  const dir = `src/content/pages/${lang}`;
  const files = [...readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx')).sort().map((f) => `${dir}/${f}`), `src/content/home/${lang}.mdx`];
  return files.flatMap((file) => problems.run(() => {
    const doc = readMdx(readFileSync(join(root, file), 'utf8'), file, { asShown: true });
    const { title } = parseWith(pageFrontmatterSchema, readFrontmatter(doc, file), file);
    const added = Object.keys(addedHeadings).filter((by) => (by === 'home' ? file.startsWith('src/content/home/') : jsxElements(doc, by).length > 0));
    return [{ title, sections: [...extractHeadings(doc, file).map((h) => h.text), ...added.flatMap((by) => addedHeadings[by](lang))] }];
  }, []));
}

/** What citeproc says of every title of one language's pages, per style: what src/lib/citation/page.ts would ask it (`citeprocNeeds`). */
function titlesFor(lang: Lang, siteTitle: string, pages: CitedPage[]): NonNullable<PageTitles[Lang]> {
  // The records the pages cite; the URL is any plain one (a page's own is filled into the URL slot).
  const records = pages.flatMap((page) => [undefined, ...page.sections].map((sectionTitle) => pageRecord({ lang, siteTitle, pageTitle: page.title, sectionTitle, url: URL_SLOT })));
  const unique = [...new Map(records.map((r) => [r.title, r])).values()];
  return Object.fromEntries(citeStyles.map((style) => {
    const templates: PageTemplates = { [lang]: { [style]: pageTemplate(style, lang, siteTitle) } };
    const titles = new Map<string, string>();
    const citations = new Map<string, SlottedCitation | null>();
    for (const record of unique) {
      const need = citeprocNeeds(record, style, lang, templates);
      if (need === 'title') titles.set(record.title, titleCase(record.title, style, lang));
      else if (need === 'citation') citations.set(record.title, citationWithUrlSlot(record, style, lang));
    }
    const entry: TemplateTitles = { siteTitle };
    // fromEntries, not assignment: a title may be any string, "__proto__" too.
    if (titles.size) entry.titles = Object.fromEntries(titles);
    if (citations.size) entry.citations = Object.fromEntries(citations);
    return [style, entry];
  }));
}

/** The site title the pages cite under, from the loader's root (as the citation.json loader reads it). */
function siteTitle(root: string, lang: Lang): string {
  const file = `src/data/ui/${lang}.json`;
  const title = (readJson(root, file) as Record<string, unknown>)['site.title'];
  if (typeof title !== 'string' || !title) throw new Error(`${file}: "site.title" missing`);
  return title;
}

export const citeprocLoader: Loader<CiteprocAhead> = {
  output: 'citeproc.json',
  late: true,
  // Every engine takes about 120 ms to make and the APA one much longer; skipped while these are unchanged.
  inputs: ['src/content/pages', 'src/content/home', 'src/data/references.json', 'src/data/ui', 'src/data/csl', 'src/lib', 'scripts/citeproc.json.ts', 'scripts/lib/loader.ts', 'node_modules/.package-lock.json'],
  build(root) {
    const problems = new Problems();
    const file = 'src/data/references.json';
    const references: Reference[] = problems.run(() => parseRows(referenceSchema, readJson(root, file), file), []);
    const perLang = languages.map((lang) => ({ lang, siteTitle: problems.run(() => siteTitle(root, lang), ''), pages: citedPages(root, lang, problems) }));
    problems.throwIfAny();
    return {
      bibliography: {
        references: referencesKey(references),
        entries: Object.fromEntries(languages.map((lang) => [lang, formatBibliography(references, lang)])) as CiteprocAhead['bibliography']['entries'],
      },
      titles: Object.fromEntries(perLang.map(({ lang, siteTitle, pages }) => [lang, titlesFor(lang, siteTitle, pages)])),
    };
  },
};
