/** Loader: one registry of every citable source (S1–S14 and the bibliography), validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatIssues } from '../src/lib/schemas.ts';
import { referenceSchema, sourceRegistry } from '../src/lib/sources.ts';
import { abstractLoader } from './abstract.json.ts';
import type { Loader } from './lib/loader.ts';

export const sourcesLoader: Loader<unknown> = {
  output: 'sources.json',
  build(root) {
    const file = 'src/data/references.json';
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of CSL-JSON items`);
    const references = raw.map((item, i) => {
      const rowName = typeof item?.id === 'string' ? `row ${i + 1} ("${item.id}")` : `row ${i + 1}`;
      const result = referenceSchema.safeParse(item);
      if (!result.success) throw new Error(formatIssues(`${file}: ${rowName}`, result.error as z.ZodError));
      return result.data;
    });
    const seen = new Set<string>();
    references.forEach((ref, i) => {
      if (seen.has(ref.id)) throw new Error(`${file}: row ${i + 1} field "id": duplicated key "${ref.id}"`);
      if (/^S\d+$/.test(ref.id)) throw new Error(`${file}: row ${i + 1} field "id": "${ref.id}" is reserved for abstract sentences`);
      seen.add(ref.id);
    });
    const abstract = abstractLoader.build(root) as { sentences: { id: string; id_text: string; en_text: string }[] };
    return { references, registry: sourceRegistry(abstract.sentences, references) };
  },
};
