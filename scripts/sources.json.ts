/** Loader: one registry of every citable source (S1–S14 and the bibliography), validated. */
import { parseRows, Problems, rowName } from '../src/lib/schemas.ts';
import { referenceSchema, sourceRegistry } from '../src/lib/sources.ts';
import { abstractLoader } from './abstract.json.ts';
import { readJson, type Loader } from './lib/loader.ts';

export const sourcesLoader: Loader<unknown> = {
  output: 'sources.json',
  build(root) {
    const file = 'src/data/references.json';
    const problems = new Problems();
    const references = problems.run(() => parseRows(referenceSchema, readJson(root, file), file), []);
    references.forEach((ref, i) => {
      if (/^S\d+$/.test(ref.id)) problems.add(`${file}: ${rowName(ref, i)}: field "id": "${ref.id}" is reserved for abstract sentences`);
    });
    const abstract = problems.run(() => abstractLoader.build(root) as { sentences: { id: string; id_text: string; en_text: string }[] }, { sentences: [] });
    problems.throwIfAny();
    return { references, registry: sourceRegistry(abstract.sentences, references) };
  },
};
