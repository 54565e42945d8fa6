/**
 * A guard against invented specifics in the prose. The abstract states no number of
 * informants, no fieldwork dates, no thesis year, and quotes no informant; a sentence
 * that presents one of these as known is a defect, whichever language it is in.
 * Pure: the claims loader runs it over every MDX file (failing the build) and the unit
 * tests feed it broken sentences.
 */
import { proseBlocks, readMdx, type MdxDocument } from './mdx/read.ts';
const NUMBER = String.raw`(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)`;
const PERSONS = String.raw`(?:informan|informants?|narasumber|interviewees?|respondents?|responden)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH = String.raw`(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december)`;

export interface GuardRule {
  name: string;
  test(sentence: string): boolean;
}

export const guardRules: GuardRule[] = [
  {
    name: 'a count of informants',
    test: (s) => new RegExp(String.raw`\b${NUMBER}\s+(?:orang\s+)?${PERSONS}\b`, 'i').test(s) || new RegExp(String.raw`\b${PERSONS}\s+(?:sebanyak|berjumlah|totalling|numbering)\s+${NUMBER}\b`, 'i').test(s),
  },
  {
    name: 'a fieldwork date',
    test: (s) => /\b(?:wawancara|penelitian lapangan|fieldwork|interviews?|interviewed)\b/i.test(s) && new RegExp(String.raw`\b(?:${YEAR}|${MONTH})\b`, 'i').test(s),
  },
  {
    name: 'the thesis year presented as known',
    test: (s) =>
      new RegExp(String.raw`Febriana\s*(?:\(\s*|,\s*)${YEAR}`, 'i').test(s) ||
      new RegExp(String.raw`\b(?:skripsi|thesis)\s+(?:tahun\s+|of\s+|from\s+|in\s+)?${YEAR}\b`, 'i').test(s) ||
      new RegExp(String.raw`\b${YEAR}\s+(?:skripsi|thesis)\b`, 'i').test(s) ||
      new RegExp(String.raw`\b(?:ditulis|disusun|diuji|written|submitted|completed|defended)\s+(?:pada\s+|in\s+)?(?:tahun\s+)?${YEAR}\b`, 'i').test(s),
  },
  {
    name: 'quotation marks around words attributed to an informant',
    test: (s) =>
      /["“”„«»]|‘[^’]+’/.test(s) &&
      /\b(?:informan|informants?|narasumber|interviewees?|responden|respondents?|kata(?:nya)?|ujar(?:nya)?|tutur(?:nya)?|ungkap(?:nya)?|menurut|said|says|told|according to)\b/i.test(s),
  },
];

export interface GuardProblem {
  file: string;
  line: number;
  rule: string;
  sentence: string;
}

/** Sentences of the prose (src/lib/mdx/read.ts: no frontmatter, imports, code or component attributes), each with its line. */
export function findInventedSpecifics(source: string | MdxDocument, file: string): GuardProblem[] {
  const doc = typeof source === 'string' ? readMdx(source, file) : source;
  const problems: GuardProblem[] = [];
  for (const block of proseBlocks(doc)) {
    const text = block.text.replace(/\s+/g, (ws) => ' '.repeat(ws.length));
    let at = 0;
    for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
      const start = text.indexOf(sentence, at);
      at = start + sentence.length;
      for (const rule of guardRules) {
        if (rule.test(sentence)) problems.push({ file, line: block.lineAt(start + (sentence.length - sentence.trimStart().length)), rule: rule.name, sentence: sentence.replace(/\s+/g, ' ').trim() });
      }
    }
  }
  return problems;
}

export function describeProblem(p: GuardProblem): string {
  return `${p.file}:${p.line}: ${p.rule} is not stated by any source: "${p.sentence}"`;
}
