/**
 * Chart embeds in Chromium: a page served from another origin (a second local server on
 * another port) frames every chart's embed page, which loads with no CSP violation; it
 * frames every other page too, and each refuses (frame-ancestors 'none' from _headers).
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, pagesOfKind, requireBuilt, root } from '../../tools/lib/site.ts';
import { useSite } from '../../tools/lib/browser.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const embeds = pagesOfKind(dist, 'embed');
const others = htmlPages(dist).filter((p) => !embeds.includes(p) && !pagesOfKind(dist, 'redirect').includes(p));

const { site, browser } = useSite();
let host: Server;
let hostOrigin = '';

beforeAll(async () => {
  // The embedding site: answers /?src=<url> with a page holding one <iframe src=url>.
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>host</title><iframe src="${src.replace(/"/g, '&quot;')}" title="embedded" width="800" height="700"></iframe></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
});
afterAll(async () => {
  // Chromium keeps its connections alive: drop them, or close() waits for ever.
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
});

async function frame(path: string) {
  const page = await browser.context.newPage();
  const messages: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy|Refused to/i.test(msg.text())) messages.push(msg.text());
  });
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(site.origin + path)}`, { waitUntil: 'load' });
  const child = page.frames().find((f) => f !== page.mainFrame());
  return { page, child, messages };
}

describe('chart embeds', () => {
  it('there is an embed page per chart and language', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    expect(embeds.length % 2).toBe(0);
    expect(embeds.filter((p) => p.startsWith('/en/')).length).toBe(embeds.length / 2);
  });

  it.each(embeds)('%s loads inside an <iframe> of another origin, with no CSP violation', async (path) => {
    const { page, child, messages } = await frame(path);
    expect(new URL(hostOrigin).origin).not.toBe(new URL(site.origin).origin);
    expect(child?.url()).toBe(site.origin + path);
    await expect(child!.locator('figure.chart svg').first().isVisible()).resolves.toBe(true);
    const back = child!.locator('.chart__links a').first();
    expect(await back.getAttribute('href')).toMatch(/\/grafik\/#chart-/);
    const violations = await child!.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await page.close();
    expect([...violations, ...messages]).toEqual([]);
  });

  it.each(others)('%s refuses to be framed by another origin', async (path) => {
    const { page, child, messages } = await frame(path);
    const loaded = await child!.evaluate(() => document.querySelector('main') !== null).catch(() => false);
    await page.close();
    expect(loaded, `${path} rendered inside the frame`).toBe(false);
    expect(messages.join('\n')).toMatch(/frame-ancestors/);
  });
});
