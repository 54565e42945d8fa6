/**
 * The study's abstract is the site's primary source. It is kept verbatim in
 * src/data/abstract.id.txt; this module splits it into the numbered sentences
 * S1–S14 that every claim on the site cites (the numbering of the source dossier).
 */
export interface AbstractSentence {
  id: string;
  text: string;
}

export interface ParsedAbstract {
  /** The title line as printed in the abstract (upper case in the original). */
  titleAsPrinted: string;
  /** The byline as printed ("Elsa Febriana - D0119036 - Fak. ISIP"). */
  byline: string;
  sentences: AbstractSentence[];
}

export const EXPECTED_SENTENCE_COUNT = 14;

/** Split on sentence ends: a full stop followed by white space. */
export function splitSentences(body: string): string[] {
  return body
    .trim()
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseAbstract(raw: string, file = 'abstract'): ParsedAbstract {
  const lines = raw.replace(/\r\n/g, '\n').split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l.length > 0);
  // Layout of the published abstract: "Abstrak", title, "Oleh :", byline, body.
  const byIndex = nonEmpty.findIndex((l) => /^Oleh\s*:/.test(l));
  if (nonEmpty[0] !== 'Abstrak' || byIndex !== 2 || nonEmpty.length < 5) {
    throw new Error(
      `${file}: expected the lines "Abstrak", the title, "Oleh :", the byline and the body`,
    );
  }
  const body = nonEmpty.slice(4).join(' ');
  const sentences = splitSentences(body).map((text, i) => ({ id: `S${i + 1}`, text }));
  if (sentences.length !== EXPECTED_SENTENCE_COUNT) {
    throw new Error(
      `${file}: expected ${EXPECTED_SENTENCE_COUNT} sentences (S1–S14), found ${sentences.length}`,
    );
  }
  return { titleAsPrinted: nonEmpty[1], byline: nonEmpty[3], sentences };
}
