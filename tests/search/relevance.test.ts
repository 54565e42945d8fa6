/**
 * Relevance: every query of tests/search/relevance.json must list its expected page#section
 * among the first 3 results of the real search page, in Chromium, against the built site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';
import { readRelevance, searchTop } from '../support/search.ts';

requireBuilt(join(root, 'dist'));
const queries = readRelevance('tests/search/relevance.json');
let site: Site;
let browser: Browser;
const misses: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  const hits = queries.length - misses.length;
  console.log(`search relevance: ${hits}/${queries.length} queries with the expected section in the top 3 (${((100 * hits) / queries.length).toFixed(0)}%)`);
  await browser?.close();
  await site?.stop();
});

describe('search relevance (top 3)', () => {
  it.each(queries.map((q) => [`${q.lang}: ${q.q} → ${q.expect}`, q] as const))('%s', async (_name, query) => {
    const page = await browser.context.newPage();
    try {
      const top = await searchTop(page, site.origin, query);
      if (!top.includes(query.expect)) misses.push(query.q);
      expect(top, `"${query.q}" (${query.lang})`).toContain(query.expect);
    } finally {
      await page.close();
    }
  });
});

