/**
 * Loader: the registry of content pages. Checks that every page exists in both
 * languages and that both carry the same explicit heading ids in the same order
 * (a citation link to page#section must survive a language switch).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWith, Problems } from '../src/lib/schemas.ts';
import { extractHeadings, pageFrontmatterSchema, readFrontmatter } from '../src/lib/content.ts';
import { readMdx } from '../src/lib/mdx/read.ts';
import { languages } from '../src/lib/i18n.ts';
import { contentKinds, fixedSlugProblems, registryProblems, type PageKind } from '../src/lib/pages.ts';
import type { Loader } from './lib/loader.ts';

export interface PageRecord {
  slug: string;
  kind: PageKind;
  order: number;
  titles: Record<string, string>;
  headings: { depth: number; id: string }[];
}

export const pagesLoader: Loader<PageRecord[]> = {
  output: 'pages.json',
  build(root) {
    const dir = 'src/content/pages';
    const perLang = new Map<string, Map<string, { file: string; source: string }>>();
    for (const lang of languages) {
      const files = readdirSync(join(root, dir, lang)).filter((f) => f.endsWith('.mdx')).sort();
      perLang.set(lang, new Map(files.map((f) => [f.replace(/\.mdx$/, ''), { file: `${dir}/${lang}/${f}`, source: readFileSync(join(root, dir, lang, f), 'utf8') }])));
    }
    const slugs = [...new Set([...perLang.values()].flatMap((m) => [...m.keys()]))].sort();
    const records: PageRecord[] = [];
    // Every page is checked; all problems are reported together.
    const problems = new Problems();
    for (const slug of slugs) problems.run(() => {
      const titles: Record<string, string> = {};
      let reference: { file: string; headings: { depth: number; id: string }[] } | undefined;
      let order = 0;
      let kind: { value: PageKind; file: string } | undefined;
      for (const lang of languages) {
        const entry = perLang.get(lang)!.get(slug);
        if (!entry) throw new Error(`${dir}/${lang}/${slug}.mdx: missing translation of ${dir}/${languages.find((l) => perLang.get(l)!.has(slug))}/${slug}.mdx`);
        const doc = readMdx(entry.source, entry.file);
        const fm = parseWith(pageFrontmatterSchema, readFrontmatter(doc, entry.file), entry.file);
        titles[lang] = fm.title;
        order = fm.order;
        if (!(contentKinds as string[]).includes(fm.kind)) throw new Error(`${entry.file}: field "kind": "${fm.kind}" is for ${fm.kind === 'home' ? 'the home page' : 'a route'}; a content page takes one of ${contentKinds.join(', ')}`);
        if (kind && kind.value !== fm.kind) throw new Error(`${entry.file}: field "kind": "${fm.kind}" but ${kind.file} has "${kind.value}"; both languages need the same kind`);
        kind ??= { value: fm.kind as PageKind, file: entry.file };
        const headings = extractHeadings(doc, entry.file).map(({ depth, id }) => ({ depth, id }));
        if (!reference) {
          reference = { file: entry.file, headings };
          continue;
        }
        const a = reference.headings.map((h) => `h${h.depth}#${h.id}`);
        const b = headings.map((h) => `h${h.depth}#${h.id}`);
        if (a.join() !== b.join()) {
          const i = a.findIndex((x, k) => x !== b[k]);
          const at = i === -1 ? a.length : i;
          throw new Error(`${entry.file}: heading ${at + 1} is ${b[at] ?? '(none)'} but ${reference.file} has ${a[at] ?? '(none)'}; both languages need the same heading ids in the same order`);
        }
      }
      records.push({ slug, kind: kind!.value, order, titles, headings: reference!.headings });
    }, undefined);
    const named = records.map((r) => ({ ...r, file: `${dir}/${languages[0]}/${r.slug}.mdx` }));
    for (const problem of [...registryProblems(named), ...fixedSlugProblems(named)]) problems.add(problem);
    problems.throwIfAny();
    return records.sort((x, y) => x.order - y.order || x.slug.localeCompare(y.slug));
  },
};
