/**
 * Runs every data loader. A bad input does not stop the others: every failing loader and
 * every bad row it found are printed, then the run exits non-zero (the build stops).
 * A loader with `inputs` is skipped when none of them changed since its last run
 * (scripts/lib/cache.ts); `--force` runs every loader.
 */
import { runLoaders } from './lib/run.ts';

const ok = runLoaders(process.cwd(), { force: process.argv.includes('--force') });
if (!ok) process.exit(1);
