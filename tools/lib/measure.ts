/**
 * What a page costs a reader, measured in Chromium: bytes of HTML, CSS, JS and fonts (raw
 * and gzipped) and the requests it makes on load. Shared by the budget test and the bench.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageCost {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  font: Bytes;
  /** Pagefind's own files (/pagefind/: its script, WebAssembly, index): the search budget, not the JS budget. */
  search: Bytes;
  /** Every request the page made until the network went idle. */
  requests: string[];
  fontFiles: string[];
}

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 6 }).length;

const empty = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (into: Bytes, data: Buffer | string) => {
  into.raw += Buffer.byteLength(data);
  into.gzip += gzipSize(data);
};

/** The bodies of inline classic or module scripts (not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    if (match[2].trim()) out.push(match[2]);
  }
  return out;
}

/**
 * Starts counting what `page` loads; `finish()` (after the page went idle) returns the cost.
 * `idle()` resolves once no request has been open for `quietMs` (after the `load` event): what
 * Playwright's 'networkidle' does with a fixed 500 ms wait, which is most of a page check's time.
 */
export function watchCost(page: Page): { finish(): Promise<PageCost>; idle(quietMs?: number): Promise<void> } {
  const cost: PageCost = { html: empty(), css: empty(), js: empty(), font: empty(), search: empty(), requests: [], fontFiles: [] };
  const bodies: Promise<void>[] = [];
  // One page's cost: once the main frame loads a second document (a redirect page's meta
  // refresh, say), nothing more counts; that document is another page with its own cost.
  let documents = 0;
  let open = 0;
  let lastChange = Date.now();
  const settle = () => { open--; lastChange = Date.now(); };
  page.on('request', (req) => {
    open++;
    lastChange = Date.now();
    if (documents < 2) cost.requests.push(req.url());
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (res.status() >= 300 && res.status() < 400) return;
    if (type === 'document' && res.frame() === page.mainFrame()) documents++;
    if (documents > 1) return;
    const count = (body: Buffer) => {
      if (new URL(res.url()).pathname.startsWith('/pagefind/')) add(cost.search, body);
      else if (type === 'document') {
        add(cost.html, body);
        for (const script of inlineScripts(body.toString('utf8'))) add(cost.js, script);
      } else if (type === 'stylesheet') add(cost.css, body);
      else if (type === 'script') add(cost.js, body);
      else if (type === 'font') {
        add(cost.font, body);
        cost.fontFiles.push(new URL(res.url()).pathname);
      }
    };
    bodies.push(
      res.body().then(count, () =>
        // A page that leaves at once (a redirect page's script) can take its body with it before it is read:
        // its document is fetched again, the same bytes from the same server, so the page is still measured.
        type === 'document' ? page.request.get(res.url()).then((again) => again.body()).then(count, () => undefined) : undefined,
      ),
    );
  });
  return {
    async idle(quietMs = 100) {
      await page.waitForLoadState('load');
      while (open > 0 || Date.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 20));
    },
    async finish() {
      await Promise.all(bodies);
      return cost;
    },
  };
}

export async function measurePage(context: BrowserContext, url: string): Promise<PageCost> {
  const page = await context.newPage();
  const watch = watchCost(page);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await watch.idle();
    return await watch.finish();
  } finally {
    await page.close();
  }
}
