/** Validates the level/tie tags a chapter or finding author puts on a page with <SearchFilters>. */
import { z } from 'zod';
import { levels, ties, type Level, type Tie } from './facets.ts';

const tagList = (allowed: readonly string[], field: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const words = (value ?? '').split(/\s+/).filter(Boolean);
      for (const word of words) {
        if (!allowed.includes(word)) {
          ctx.addIssue({ code: 'custom', message: `${field}="${value}": "${word}" is not one of ${allowed.join(', ')}` });
        }
      }
      return [...new Set(words)];
    });

/** Props of <SearchFilters level="micro meso" tie="bonding" />: space-separated, validated. */
export const searchTagsSchema = z.strictObject({
  level: tagList(levels, 'level'),
  tie: tagList(ties, 'tie'),
});
export type SearchTags = { level: Level[]; tie: Tie[] };

/** Parse SearchFilters props, failing with a message naming the page and the bad value. */
export function parseSearchTags(props: unknown, where: string): SearchTags {
  const result = searchTagsSchema.safeParse(props);
  if (!result.success) throw new Error(`${where}: <SearchFilters> ${result.error.issues.map((i) => i.message).join('; ')}`);
  const { level, tie } = result.data;
  if (!level.length && !tie.length) throw new Error(`${where}: <SearchFilters> needs level="…" or tie="…"`);
  return { level: level as Level[], tie: tie as Tie[] };
}
