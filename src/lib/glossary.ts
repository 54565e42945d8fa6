import { z } from 'zod';
import { bilingual, parseRows, Problems, rowName } from './schemas.ts';
import { bases } from './vocabulary.ts';

/**
 * The glossary: every technical term the chapters use, in both languages, each with the
 * source key(s) its definition rests on and its basis (stated by a source, or the
 * editors' gloss with a one-line rationale). A term's id is its anchor on the glossary
 * page (glosarium#bonding) and the value of <Term id="…">.
 */

export const glossaryTermSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id like "modal-sosial"'),
    term: bilingual(),
    definition: bilingual(),
    sources: z.array(z.string().min(1)).min(1),
    basis: z.enum(bases),
    why: bilingual().optional(),
  })
  .refine((t) => (t.basis === 'interpreted') === Boolean(t.why), {
    message: 'an interpreted definition needs "why" (a one-line rationale in both languages), a stated one has none',
    path: ['why'],
  });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** Validate the rows and their source keys against the registry; messages name file, row and field. */
export function checkGlossary(rows: unknown, registry: Record<string, unknown>, file: string): GlossaryTerm[] {
  const terms = parseRows(glossaryTermSchema, rows, file);
  const problems = new Problems();
  terms.forEach((term, i) => {
    term.sources.forEach((key, k) => {
      if (!(key in registry)) problems.add(`${file}: ${rowName(term, i)}: field "sources.${k}": unknown source key "${key}"`);
    });
  });
  problems.throwIfAny();
  return terms;
}
