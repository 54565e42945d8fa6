/**
 * Prints, for every chapter page in both languages of the built site, what `w3m -dump` reads
 * in all and of the chapter's own prose, and the text beyond it (tools/lib/text-dump.ts).
 * Usage: npm run build && npx node tools/text-dump.ts [dist]
 */
import { join } from 'node:path';
import pagesJson from '../src/generated/pages.json' with { type: 'json' };
import { chapters } from '../src/lib/reading.ts';
import { pageTextDump } from './lib/text-dump.ts';
import { requireBuilt, root } from './lib/site.ts';

const dist = process.argv[2] ?? join(root, 'dist');
requireBuilt(dist);
for (const page of chapters(pagesJson)) {
  for (const path of [`/${page.slug}/`, `/en/${page.slug}/`]) {
    const d = pageTextDump(dist, path);
    console.log(`${path.padEnd(28)} page ${String(d.pageChars).padStart(6)}  prose ${String(d.proseChars).padStart(6)}  beyond ${String(d.beyond).padStart(6)}  (sources list ${String(d.sourcesChars).padStart(5)}, frame ${String(d.frame).padStart(5)}, of it the report menu ${String(d.menuChars).padStart(4)})`);
  }
}
