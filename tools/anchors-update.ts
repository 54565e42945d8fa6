/**
 * npm run anchors:update — adds every anchor the built site publishes to src/data/anchors.json.
 * It never removes one: a heading whose id disappears fails the anchor test until it is
 * restored or given a redirect ("old": "new") in the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorRegistrySchema, registryProblems, updatedRegistry } from '../src/lib/anchors.ts';
import { parseWith } from '../src/lib/schemas.ts';
import { publishedAnchors } from './lib/published-anchors.ts';

const file = 'src/data/anchors.json';
const registry = parseWith(anchorRegistrySchema, JSON.parse(readFileSync(file, 'utf8')), file);
const published = publishedAnchors(join(process.cwd(), 'dist'));
const next = updatedRegistry(registry, published);
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
const added = next.anchors.length - registry.anchors.length;
console.error(`anchors: ${next.anchors.length} registered (${added} added)`);
for (const problem of registryProblems(next, published)) console.error(problem);
