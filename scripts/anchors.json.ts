/**
 * Loader: the registry of permanent anchors (src/data/anchors.json), schema-checked, with
 * the redirect pages it implies. astro.config.mjs, the heading aliases and the redirect
 * routes read this checked output (src/generated/anchors.json), never the raw file.
 * Whether every registered anchor is still published is checked after the build
 * (tests/unit/anchors.test.ts, `npm run anchors:update`).
 */
import { anchorRegistrySchema, pageRedirects, type AnchorRegistry } from '../src/lib/anchors.ts';
import { parseWith } from '../src/lib/schemas.ts';
import { readJson, type Loader } from './lib/loader.ts';

export interface CheckedAnchors extends AnchorRegistry {
  pageRedirects: ReturnType<typeof pageRedirects>;
}

export const anchorsLoader: Loader<CheckedAnchors> = {
  output: 'anchors.json',
  build(root) {
    const file = 'src/data/anchors.json';
    const registry = parseWith(anchorRegistrySchema, readJson(root, file), file);
    const seen = new Set<string>();
    registry.anchors.forEach((anchor, i) => {
      if (seen.has(anchor)) throw new Error(`${file}: field "anchors.${i}": "${anchor}" is listed twice`);
      seen.add(anchor);
    });
    return { ...registry, pageRedirects: pageRedirects(registry) };
  },
};
