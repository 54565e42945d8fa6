/** The data step: every loader in order, errors gathered (used by scripts/data.ts and the dev server). */
import { abstractLoader } from '../abstract.json.ts';
import { claimsLoader } from '../claims.json.ts';
import { glossaryLoader } from '../glossary.json.ts';
import { pagesLoader } from '../pages.json.ts';
import { sourcesLoader } from '../sources.json.ts';
import { citationLoader } from '../citation.json.ts';
import { citeprocLoader } from '../citeproc.json.ts';
import { datasetLoader } from '../dataset.json.ts';
import { anchorsLoader } from '../anchors.json.ts';
import { chartsLoader } from '../charts.json.ts';
import { chartSvgsLoader } from '../chart-svgs.json.ts';
import { termbaseLoader } from '../termbase.json.ts';
import { writeOutput, writeText, type Loader } from './loader.ts';
import { cachedOutput, hashInputs, remember } from './cache.ts';

export const loaders: Loader<unknown>[] = [anchorsLoader, abstractLoader, sourcesLoader, pagesLoader, glossaryLoader, termbaseLoader, claimsLoader, citationLoader, citeprocLoader, datasetLoader, chartsLoader, chartSvgsLoader];

/** Runs the loaders; returns false (after printing every failure) when any failed. */
export function runLoaders(root: string, options: { force?: boolean; log?: (line: string) => void; only?: Loader<unknown>[] } = {}): boolean {
  const log = options.log ?? ((line: string) => console.error(line));
  const started = performance.now();
  const failures: string[] = [];
  const chosen = options.only ?? loaders;
  for (const loader of chosen) {
    const t0 = performance.now();
    try {
      const hash = loader.inputs ? hashInputs(root, loader.inputs) : undefined;
      const cached = hash && !options.force ? cachedOutput(root, loader.output, hash) : undefined;
      if (cached !== undefined) {
        writeText(root, loader.output, cached);
        log(`data: src/generated/${loader.output} from the cache (inputs unchanged), ${(performance.now() - t0).toFixed(1)} ms`);
        continue;
      }
      const file = writeOutput(root, loader.output, loader.build(root));
      if (hash) remember(root, loader.output, hash);
      log(`data: wrote ${file.slice(root.length + 1)} in ${(performance.now() - t0).toFixed(1)} ms`);
    } catch (error) {
      failures.push(`data: ${loader.output} failed\n${(error as Error).message}`);
    }
  }
  if (failures.length) {
    // Loaders that share an input (the source registry) report its problems once.
    const seen = new Set<string>();
    const dedupe = (block: string) => block.split('\n').filter((line, i) => i === 0 || (!seen.has(line) && seen.add(line))).join('\n');
    log(failures.map(dedupe).join('\n\n'));
    log(`data: ${failures.length} of ${chosen.length} loaders failed`);
    return false;
  }
  log(`data: ${chosen.length} loaders in ${(performance.now() - started).toFixed(1)} ms`);
  return true;
}
