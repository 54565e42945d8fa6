import { z } from 'zod';

/** Study metadata: the one place that says what the study is. `year` stays null until a source states it. */
export const studySchema = z.strictObject({
  title: z.string().min(1),
  author: z.strictObject({ family: z.string().min(1), given: z.string().min(1) }),
  studentNumber: z.string().min(1),
  faculty: z.string().min(1),
  facultyAsWritten: z.string().min(1),
  university: z.string().min(1),
  city: z.string().min(1),
  genre: z.string().min(1),
  language: z.literal('id'),
  year: z.number().int().min(1900).max(2100).nullable(),
  recordUrl: z.url(),
  source: z.string().min(1),
});
export type Study = z.infer<typeof studySchema>;

/**
 * A text in both languages. Strict: a missing, blank or extra language fails, naming the
 * field (`field "summary.en": missing English translation`). Every bilingual field of every
 * data file uses this one schema.
 */
export const bilingual = () =>
  z.strictObject({ id: z.string().trim().min(1, 'missing Indonesian text'), en: z.string().trim().min(1, 'missing English translation') });

export const sentenceIdSchema = z.string().regex(/^S(?:[1-9]|1[0-4])$/, 'a sentence id S1–S14');

export const abstractTranslationSchema = z.strictObject({
  note: z.string().min(1),
  sentences: z.record(sentenceIdSchema, z.string().min(1)),
});

/**
 * Turn a zod error into one line per problem naming the file, the row (if any)
 * and the field, e.g. `src/data/study.json: field "year": expected number`.
 */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String);
      const where = path.length ? ` field "${path.join('.')}"` : '';
      return `${file}:${where}: ${issue.message}`;
    })
    .join('\n');
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(formatIssues(file, result.error));
  return result.data;
}

/**
 * Validate every row of an array file against a schema, with unique ids. Every message
 * names the file, the row (number and id) and the field:
 * `src/data/findings.json: row 2 ("x"): field "level.0": …`.
 */
export function parseRows<T extends { id: string }>(schema: z.ZodType<T>, raw: unknown, file: string): T[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of rows`);
  const seen = new Set<string>();
  const problems = new Problems();
  const rows = raw.flatMap((item, i) => {
    const where = `${file}: ${rowName(item, i)}`;
    const result = schema.safeParse(item);
    if (!result.success) return problems.add(formatIssues(where, result.error)), [];
    if (seen.has(result.data.id)) return problems.add(`${where}: field "id": duplicated id "${result.data.id}"`), [];
    seen.add(result.data.id);
    return [result.data];
  });
  problems.throwIfAny();
  return rows;
}

/**
 * Every problem one loader finds, so a single run reports all bad rows and fields instead of
 * stopping at the first; `throwIfAny` throws them as one error, one line each.
 */
export class Problems {
  readonly lines: string[] = [];
  add(message: string): void {
    this.lines.push(message);
  }
  /** Runs a step; if it throws, its message is kept and `fallback` returned so the loader goes on. */
  run<T>(step: () => T, fallback: T): T {
    try {
      return step();
    } catch (error) {
      this.add((error as Error).message);
      return fallback;
    }
  }
  throwIfAny(): void {
    if (this.lines.length) throw new Error(this.lines.join('\n'));
  }
}

/** "row 3" or, when the row has a string id, 'row 3 ("woolcock-2001")'. */
export function rowName(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `row ${index + 1} ("${id}")` : `row ${index + 1}`;
}
