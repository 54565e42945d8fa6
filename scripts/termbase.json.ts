/**
 * Loader: the termbase (src/data/termbase.json), validated, and checked against every text
 * the reader sees: the MDX prose of both languages, the bilingual data files and the
 * interface strings. A banned variant stops the build with file:line and the preferred term
 * (src/lib/termbase.ts). Writes the validated termbase.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages, type Lang } from '../src/lib/i18n.ts';
import { parseWith } from '../src/lib/schemas.ts';
import { describeTermProblem, findBannedTerms, jsonSegments, mdxSegments, termbaseSchema, type Segment, type Termbase } from '../src/lib/termbase.ts';
import { readJson, type Loader } from './lib/loader.ts';

/** Bilingual data files: strings under "id"/"en" keys. The English translation of the abstract is English throughout. */
const DATA_FILES: { file: string; lang?: Lang }[] = [
  { file: 'src/data/findings.json' },
  { file: 'src/data/actors.json' },
  { file: 'src/data/events.json' },
  { file: 'src/data/framework.json' },
  { file: 'src/data/glossary.json' },
  { file: 'src/data/charts.json' },
  { file: 'src/data/references.json' },
  { file: 'src/data/abstract.en.json', lang: 'en' },
  ...languages.map((lang) => ({ file: `src/data/ui/${lang}.json`, lang })),
];

function mdxFiles(root: string): { file: string; lang: Lang }[] {
  return languages.flatMap((lang) => {
    const dir = `src/content/pages/${lang}`;
    const pages = readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx')).sort().map((f) => ({ file: `${dir}/${f}`, lang }));
    return [...pages, { file: `src/content/home/${lang}.mdx`, lang }];
  });
}

export function checkTerms(root: string, termbase: Termbase): string[] {
  const problems: string[] = [];
  const scan = (file: string, segments: Segment[]) => problems.push(...findBannedTerms(segments, file, termbase).map(describeTermProblem));
  for (const { file, lang } of mdxFiles(root)) scan(file, mdxSegments(readFileSync(join(root, file), 'utf8'), lang));
  for (const { file, lang } of DATA_FILES) {
    if (existsSync(join(root, file))) scan(file, jsonSegments(readFileSync(join(root, file), 'utf8'), lang));
  }
  return problems;
}

export const termbaseLoader: Loader<Termbase> = {
  output: 'termbase.json',
  build(root) {
    const file = 'src/data/termbase.json';
    const termbase = parseWith(termbaseSchema, readJson(root, file), file);
    const problems = checkTerms(root, termbase);
    if (problems.length) throw new Error(`${problems.length} banned term variant(s); see src/data/termbase.json:\n${problems.join('\n')}`);
    return termbase;
  },
};
