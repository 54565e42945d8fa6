/**
 * Loader: the study's coded data (findings, actors, events, framework) validated against
 * their schemas and the source registry, plus what pages and charts derive from it (the
 * level × tie matrix). Fails naming file, row and field.
 */
import { z } from 'zod';
import { formatIssues, parseRows, Problems } from '../src/lib/schemas.ts';
import { actorSchema, deriveMatrix, eventSchema, findingSchema, frameworkSchema, type Actor, type Finding, type Framework, type TimelineEvent } from '../src/lib/dataset.ts';
import { sourcesLoader } from './sources.json.ts';
import { readJson, type Loader } from './lib/loader.ts';


function rows<T extends { id: string }>(root: string, file: string, schema: z.ZodType<T>): T[] {
  return parseRows(schema, readJson(root, file), file);
}

export interface Dataset {
  findings: Finding[];
  actors: Actor[];
  events: TimelineEvent[];
  framework: Framework;
  matrix: ReturnType<typeof deriveMatrix>;
}

export const datasetLoader: Loader<Dataset> = {
  output: 'dataset.json',
  build(root) {
    // Every file is checked even when an earlier one fails, and every bad row is reported.
    const problems = new Problems();
    const registry = problems.run(() => (sourcesLoader.build(root) as { registry: Record<string, unknown> }).registry, null);
    const checkKey = (file: string, i: number, id: string, field: string, key: string) => {
      if (registry && !(key in registry)) problems.add(`${file}: row ${i + 1} ("${id}"): field "${field}": unknown source key "${key}" (use S1–S14 or a key of src/data/references.json)`);
    };
    const findings = problems.run(() => rows(root, 'src/data/findings.json', findingSchema), []);
    findings.forEach((f, i) => f.sources.forEach((k, j) => checkKey('src/data/findings.json', i, f.id, `sources.${j}`, k)));
    const actors = problems.run(() => rows(root, 'src/data/actors.json', actorSchema), []);
    actors.forEach((a, i) => a.sources.forEach((k, j) => checkKey('src/data/actors.json', i, a.id, `sources.${j}`, k)));
    const events = problems.run(() => rows(root, 'src/data/events.json', eventSchema), []);
    events.forEach((e, i) => checkKey('src/data/events.json', i, e.id, 'source', e.source));
    const frameworkFile = 'src/data/framework.json';
    const fw = problems.run(() => frameworkSchema.safeParse(readJson(root, frameworkFile)), null);
    if (fw && !fw.success) problems.add(formatIssues(frameworkFile, fw.error));
    const framework = fw?.success ? fw.data : null;
    for (const group of ['levels', 'ties'] as const) {
      framework?.[group].forEach((t, i) => {
        if (registry && !(t.source in registry)) problems.add(`${frameworkFile}: field "${group}.${i}.source" ("${t.id}"): unknown source key "${t.source}"`);
      });
    }
    problems.throwIfAny();
    return { findings, actors, events, framework: framework!, matrix: deriveMatrix(findings) };
  },
};
