/** Runs every data loader in order; the first bad input stops the build with a non-zero exit. */
import { abstractLoader } from './abstract.json.ts';
import { claimsLoader } from './claims.json.ts';
import { glossaryLoader } from './glossary.json.ts';
import { pagesLoader } from './pages.json.ts';
import { sourcesLoader } from './sources.json.ts';
import { citationLoader } from './citation.json.ts';
import { datasetLoader } from './dataset.json.ts';
import { anchorsLoader } from './anchors.json.ts';
import { chartsLoader } from './charts.json.ts';
import { termbaseLoader } from './termbase.json.ts';
import { writeOutput } from './lib/loader.ts';

const root = process.cwd();
const loaders = [anchorsLoader, abstractLoader, sourcesLoader, pagesLoader, glossaryLoader, termbaseLoader, claimsLoader, citationLoader, datasetLoader, chartsLoader];
const started = performance.now();
for (const loader of loaders) {
  const t0 = performance.now();
  try {
    const file = writeOutput(root, loader.output, loader.build(root));
    console.error(`data: wrote ${file.slice(root.length + 1)} in ${(performance.now() - t0).toFixed(1)} ms`);
  } catch (error) {
    console.error(`data: ${loader.output} failed\n${(error as Error).message}`);
    process.exit(1);
  }
}
console.error(`data: ${loaders.length} loaders in ${(performance.now() - started).toFixed(1)} ms`);
