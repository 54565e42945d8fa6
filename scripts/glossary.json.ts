/** Loader: the glossary (src/data/glossary.json), validated, with every source key checked against the registry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossary, type GlossaryTerm } from '../src/lib/glossary.ts';
import { formatIssues } from '../src/lib/schemas.ts';
import { sourcesLoader } from './sources.json.ts';
import type { Loader } from './lib/loader.ts';

export const glossaryLoader: Loader<GlossaryTerm[]> = {
  output: 'glossary.json',
  build(root) {
    const file = 'src/data/glossary.json';
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    const { registry } = sourcesLoader.build(root) as { registry: Record<string, unknown> };
    return checkGlossary(raw, registry, file, formatIssues).sort((a, b) => a.term.id.localeCompare(b.term.id, 'id'));
  },
};
