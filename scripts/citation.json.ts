/**
 * Loader: everything the site needs to cite the study, from the one record in
 * src/data/study.json: APA 7, Chicago author-date and MLA 9 in Indonesian and English
 * (HTML, split around the accessed-date slot), biblatex, RIS, CSL-JSON, and how each style
 * writes an accessed date (for the browser to fill in today's date).
 */
import { z } from 'zod';
import { accessedPatterns, formatCitation, pageTemplate, studyBiblatex, studyBibtex, studyCslJson, studyRecord, studyRis } from '../src/lib/citation/formats.ts';
import { citeStyles } from '../src/lib/citation/page-record.ts';
import { languages } from '../src/lib/i18n.ts';
import { parseWith, studySchema } from '../src/lib/schemas.ts';
import { readJson, type Loader } from './lib/loader.ts';

const keywordsSchema = z.strictObject({ note: z.string().min(1), keywords: z.array(z.string().min(1)).min(1) });


/** The browser gets these on every page: each distinct month list once, and "lang/style" -> its index. */
function dedupe(perLang: Record<string, Record<string, string[]>>): { formats: string[][]; styles: Record<string, number> } {
  const formats: string[][] = [];
  const styles: Record<string, number> = {};
  for (const [lang, byStyle] of Object.entries(perLang)) {
    for (const [style, months] of Object.entries(byStyle)) {
      let i = formats.findIndex((f) => f.join() === months.join());
      if (i === -1) i = formats.push(months) - 1;
      styles[`${lang}/${style}`] = i;
    }
  }
  return { formats, styles };
}

const siteTitle = (root: string, lang: string) => {
  const title = (readJson(root, `src/data/ui/${lang}.json`) as Record<string, unknown>)['site.title'];
  if (typeof title !== 'string') throw new Error(`src/data/ui/${lang}.json: "site.title" missing`);
  return title;
};

export const citationLoader: Loader<unknown> = {
  output: 'citation.json',
  late: true,
  // citeproc makes it the slow loader (its APA engine takes seconds to build); skipped while these are unchanged.
  inputs: ['src/data/study.json', 'src/data/study-keywords.json', 'src/data/ui', 'src/data/csl', 'src/lib', 'scripts/citation.json.ts', 'scripts/lib/loader.ts', 'node_modules/.package-lock.json'],
  build(root) {
    const study = parseWith(studySchema, readJson(root, 'src/data/study.json'), 'src/data/study.json');
    const { keywords } = parseWith(keywordsSchema, readJson(root, 'src/data/study-keywords.json'), 'src/data/study-keywords.json');
    const perLang = (fn: (lang: (typeof languages)[number], style: (typeof citeStyles)[number]) => unknown) =>
      Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries(citeStyles.map((style) => [style, fn(lang, style)]))]));
    return {
      study,
      keywords,
      record: studyRecord(study),
      styles: perLang((lang, style) => formatCitation(studyRecord(study), style, lang)),
      biblatex: studyBiblatex(study),
      bibtex: studyBibtex(study),
      ris: studyRis(study),
      cslJson: studyCslJson(study),
      // The page and section citations' shape, per language and style, filled in per page at build time.
      pageTemplates: perLang((lang, style) => pageTemplate(style, lang, siteTitle(root, lang))),
      accessedDates: dedupe(perLang((lang, style) => accessedPatterns(style, lang)) as Record<string, Record<string, string[]>>),
    };
  },
};
