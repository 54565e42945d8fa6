import { z } from 'zod';
import { bilingual, sentenceIdSchema } from './schemas.ts';
import { findingSections } from './sections.ts';
import { bases, levels, ties, tiesOrNone, valences, type Level, type TieOrNone } from './vocabulary.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id like "bonding-trust"');

export const findingSchema = z
  .strictObject({
    id: key,
    level: z.array(z.enum(levels)).min(1).refine((l) => new Set(l).size === l.length, 'a level is listed twice'),
    tie: z.enum(tiesOrNone),
    valence: z.enum(valences),
    basis: z.enum(bases),
    rationale: bilingual().optional(),
    sources: z.array(sentenceIdSchema).min(1),
    summary: bilingual(),
    section: z.enum(findingSections),
  })
  .superRefine((f, ctx) => {
    if (f.basis === 'interpreted' && !f.rationale) ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'an interpreted finding needs a rationale' });
    if (f.basis === 'stated' && f.rationale) ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'a rationale belongs to basis "interpreted" only' });
  });
export type Finding = z.infer<typeof findingSchema>;

export const actorSchema = z.strictObject({
  id: key,
  name: bilingual(),
  level: z.enum(levels),
  tie: z.enum(ties),
  basis: z.literal('interpreted', 'every actor placement is the editors\' interpretation'),
  rationale: bilingual(),
  /** Every source a fact of the rationale comes from (a naming source first, then the literature the placement leans on). */
  sources: z.array(z.string().min(1)).min(1),
});
export type Actor = z.infer<typeof actorSchema>;

const precisionPattern = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ } as const;
export const eventSchema = z
  .strictObject({
    id: key,
    date: z.string(),
    precision: z.enum(['year', 'month', 'day']),
    label: bilingual(),
    source: z.string().min(1),
  })
  .superRefine((e, ctx) => {
    if (!precisionPattern[e.precision].test(e.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: `"${e.date}" does not match precision "${e.precision}" (YYYY, YYYY-MM or YYYY-MM-DD)` });
  });
export type TimelineEvent = z.infer<typeof eventSchema>;

const term = <T extends readonly [string, ...string[]]>(ids: T) => z.strictObject({ id: z.enum(ids), label: bilingual(), definition: bilingual(), source: z.string().min(1) });
export const frameworkSchema = z.strictObject({
  levels: z.array(term(levels)).length(3),
  ties: z.array(term(ties)).length(3),
});
export type Framework = z.infer<typeof frameworkSchema>;

export interface MatrixCell {
  level: Level;
  tie: TieOrNone;
  findings: string[];
}

/** The level × tie matrix (with a "none" column for findings about levels only); every cell is present, empty or not. */
export function deriveMatrix(findings: Finding[]): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const level of levels) {
    for (const tie of tiesOrNone) {
      cells.push({ level, tie, findings: findings.filter((f) => f.tie === tie && f.level.includes(level)).map((f) => f.id) });
    }
  }
  return cells;
}

/** The start of the period an event's date names, for a time axis ("2019-07" -> 1 July 2019). */
export function eventStart(date: string): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
/** The end of that period (exclusive), so a month or a year shows as a span, not a point. */
export function eventEnd(date: string, precision: 'year' | 'month' | 'day'): Date {
  const s = eventStart(date);
  if (precision === 'year') return new Date(Date.UTC(s.getUTCFullYear() + 1, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1));
  return new Date(s.getTime() + 86_400_000);
}
