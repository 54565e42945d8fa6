/** Helpers for search tests and the search benchmark: run a query through the real search page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { hitKey } from '../../src/lib/search/rank.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { routeSlug } from '../../src/lib/pages.ts';
import { root } from '../../tools/lib/site.ts';

export const relevanceSchema = z.object({
  queries: z.array(z.strictObject({ q: z.string().min(1), lang: z.enum(['id', 'en']), expect: z.string().regex(/^[a-z0-9/-]*(#[a-z0-9-]+)?$/), note: z.string().optional() })).min(1),
});
export type RelevanceQuery = z.infer<typeof relevanceSchema>['queries'][number];

/** Read and validate a relevance file (path relative to `dir`, the project root by default). */
export function readRelevance(file: string, dir = root): RelevanceQuery[] {
  const path = join(dir, file);
  const parsed = relevanceSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return parsed.data.queries;
}

export const searchPagePath = (lang: 'id' | 'en') => pagePath(lang, routeSlug('search'));

/** Wait until the latest query has finished and the status line reports a result count (or none). */
export async function waitForResults(page: Page, scope = '.search--page'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(`${sel}[data-search]`);
      // aria-busy stays on while any query is still running (the reader may still be typing).
      return !!root && !root.hasAttribute('aria-busy') && /\d|tidak ada|no results/i.test(root.querySelector('[data-search-status]')?.textContent ?? '');
    },
    scope,
    { timeout: 15_000 },
  );
}

/** The page#section keys of the links the search page lists, in order. */
export async function resultKeys(page: Page, scope = '.search--page'): Promise<string[]> {
  const hrefs = await page.$$eval(`${scope} .search__hit`, (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => hitKey(href));
}

export async function searchTop(page: Page, origin: string, query: RelevanceQuery, n = 3): Promise<string[]> {
  await page.goto(`${origin}${searchPagePath(query.lang)}?q=${encodeURIComponent(query.q)}`);
  await waitForResults(page);
  return (await resultKeys(page)).slice(0, n);
}
