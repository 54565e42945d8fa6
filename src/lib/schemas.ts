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
