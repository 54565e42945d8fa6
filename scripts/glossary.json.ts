/** Loader: the glossary (src/data/glossary.json), validated, with every source key checked against the registry. */
import { checkGlossary, type GlossaryTerm } from '../src/lib/glossary.ts';
import { sourcesLoader } from './sources.json.ts';
import { readJson, type Loader } from './lib/loader.ts';

export const glossaryLoader: Loader<GlossaryTerm[]> = {
  output: 'glossary.json',
  build(root) {
    const file = 'src/data/glossary.json';
    const raw = readJson(root, file);
    const { registry } = sourcesLoader.build(root) as { registry: Record<string, unknown> };
    return checkGlossary(raw, registry, file).sort((a, b) => a.term.id.localeCompare(b.term.id, 'id'));
  },
};
