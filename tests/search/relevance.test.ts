/**
 * Relevance: every query of tests/search/relevance.json must list its expected page#section
 * among the first 3 results of the real search page, in Chromium, against the built site.
 * One search page per language stays open; each query is typed into it (the page's own
 * input handler runs the search) instead of reloading the page for every query. The first
 * query of each language comes from the URL (?q=), so that path is covered too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';
import { readRelevance, searchTop, type RelevanceQuery } from '../support/search.ts';
import { hitKey } from '../../src/lib/search/rank.ts';

requireBuilt(join(root, 'dist'));
const queries = readRelevance('tests/search/relevance.json');
let site: Site;
let browser: Browser;
const open = new Map<string, Page>();
const misses: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  const hits = queries.length - misses.length;
  console.log(`search relevance: ${hits}/${queries.length} queries with the expected section in the top 3 (${((100 * hits) / queries.length).toFixed(0)}%), ${open.size} search page loads`);
  await browser?.close();
  await site?.stop();
});

/** Type the query into the open search page and wait for that query's results. */
async function typeQuery(page: Page, q: string, n = 3): Promise<string[]> {
  const hrefs = await page.evaluate(async (text) => {
    const root = document.querySelector<HTMLElement>('.search--page[data-search]')!;
    const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    const done = new Promise((resolve) => root.addEventListener('search:results', resolve, { once: true }));
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    return [...root.querySelectorAll('.search__hit')].map((a) => a.getAttribute('href') ?? '');
  }, q);
  return hrefs.map((href) => hitKey(href)).slice(0, n);
}

async function top(query: RelevanceQuery): Promise<string[]> {
  const page = open.get(query.lang);
  if (page) return typeQuery(page, query.q);
  const fresh = await browser.context.newPage();
  open.set(query.lang, fresh);
  return searchTop(fresh, site.origin, query);
}

describe('search relevance (top 3)', () => {
  it.each(queries.map((q) => [`${q.lang}: ${q.q} → ${q.expect}`, q] as const))('%s', async (_name, query) => {
    const found = await top(query);
    if (!found.includes(query.expect)) misses.push(query.q);
    expect(found, `"${query.q}" (${query.lang})`).toContain(query.expect);
  });
});
