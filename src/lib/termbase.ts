/**
 * The termbase check: one term for one idea in each language. src/data/termbase.json lists,
 * per idea, the preferred term in Indonesian and English and the variants that must not
 * appear. These pure functions cut MDX prose and JSON data into text segments tagged with
 * their language (and line), and report every banned variant with its file, line and the
 * preferred term; scripts/termbase.json.ts runs them over the site's sources at build time.
 */
import { z } from 'zod';
import { languages, type Lang } from './i18n.ts';

const perLang = <T extends z.ZodType>(t: T) => z.strictObject({ id: t, en: t });

export const termSchema = z.strictObject({
  concept: z.string().min(1),
  preferred: perLang(z.string()),
  banned: perLang(z.array(z.string().min(1))),
  /** Contexts in which a banned variant may stand, e.g. a gloss in brackets: "(pola pikir)". */
  allow: z.strictObject({ id: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }).optional(),
  caseSensitive: z.boolean().optional(),
  why: z.string().min(1),
});
export const termbaseSchema = z.strictObject({ note: z.string(), terms: z.array(termSchema).min(1) });
export type Term = z.infer<typeof termSchema>;
export type Termbase = z.infer<typeof termbaseSchema>;

/** A stretch of text in one language on one line of a file. */
export interface Segment { line: number; lang: Lang; text: string }

export interface TermProblem { file: string; line: number; lang: Lang; found: string; preferred: string; concept: string }

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Blank out (keep length and line breaks) every element marked with the other language: <q lang="id">…</q> in English prose. */
function blankOtherLanguage(source: string, lang: Lang): string {
  const other = languages.filter((l) => l !== lang);
  const element = new RegExp(`<([a-zA-Z]+)\\b[^>]*\\blang="(${other.join('|')})"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return source.replace(element, (m) => m.replace(/[^\n]/g, ' '));
}

/** The prose of an MDX file in its language, line by line (frontmatter included, import lines and other-language elements left out). */
export function mdxSegments(source: string, lang: Lang): Segment[] {
  return blankOtherLanguage(source, lang)
    .split('\n')
    .map((text, i) => ({ line: i + 1, lang, text }))
    .filter((s) => !/^\s*(import|export)\s/.test(s.text) && s.text.trim() !== '');
}

const STRING_VALUE = /"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/**
 * The strings of a JSON file, line by line. A value under the key "id" or "en" is in that
 * language; with `fileLang` (interface strings, the English translation) every value is.
 * Other values (identifiers, dates, URLs, keys) are not prose and are skipped.
 */
export function jsonSegments(source: string, fileLang?: Lang): Segment[] {
  const out: Segment[] = [];
  source.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(STRING_VALUE)) {
      const key = m[1];
      const lang = fileLang ?? (key === 'id' || key === 'en' ? key : undefined);
      if (lang) out.push({ line: i + 1, lang, text: JSON.parse(`"${m[2]}"`) as string });
    }
  });
  return out;
}

/** Every banned variant in the segments, with the preferred term to use instead. */
export function findBannedTerms(segments: Segment[], file: string, termbase: Termbase): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const term of termbase.terms) {
    for (const lang of languages) {
      const banned = term.banned[lang];
      if (banned.length === 0) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${banned.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, term.caseSensitive ? 'gu' : 'giu');
      const allowed = term.allow?.[lang] ?? [];
      for (const seg of segments.filter((s) => s.lang === lang)) {
        for (const m of seg.text.matchAll(pattern)) {
          const inAllowed = allowed.some((a) => {
            for (let at = seg.text.indexOf(a); at !== -1; at = seg.text.indexOf(a, at + 1)) if (m.index >= at && m.index < at + a.length) return true;
            return false;
          });
          if (!inAllowed) problems.push({ file, line: seg.line, lang, found: m[0], preferred: term.preferred[lang], concept: term.concept });
        }
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

export function describeTermProblem(p: TermProblem): string {
  return `${p.file}:${p.line}: "${p.found}" is a banned variant (${p.lang}); use "${p.preferred}" (termbase: ${p.concept})`;
}
