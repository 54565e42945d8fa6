/**
 * Starts the built site on 127.0.0.1 (the static server of `npm start`, tools/lib/static-server.ts) and Debian's Chromium
 * through playwright-core. Never downloads a browser; fails loudly when Chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need it: run "apt-get update && apt-get install -y chromium" (Debian), or set CHROMIUM_PATH.`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Site {
  origin: string;
  stop(): Promise<void>;
}

/** dist/ served as `npm start` serves it: with the headers and media types of dist/_headers. */
export async function serveDist(options: { host?: string } = {}): Promise<Site> {
  const port = await freePort();
  const server = await startStaticServer({ dist: join(process.cwd(), 'dist'), host: options.host ?? '127.0.0.1', port });
  return { origin: server.origin, stop: () => server.stop() };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile every time (launchPersistentContext on a new temporary directory). */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; hasTouch?: boolean } = {}): Promise<Browser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'cg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The usual setup of a browser test file: the built site on 127.0.0.1 and one fresh
 * Chromium for the whole file, stopped after it. Returns stand-ins that forward to the real
 * objects once `beforeAll` has run, so a test writes `site.origin` and `browser.context`.
 * `setup` runs after both are up (e.g. to grant clipboard permissions).
 */
export function useSite(setup?: (site: Site, browser: Browser) => Promise<void>): { site: Site; browser: Browser } {
  let realSite: Site | undefined;
  let realBrowser: Browser | undefined;
  const forward = <T extends object>(get: () => T | undefined, name: string): T =>
    new Proxy({} as T, {
      get(_, key) {
        const target = get();
        if (!target) throw new Error(`useSite(): ${name} is used before beforeAll has started it`);
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  beforeAll(async () => {
    realSite = await serveDist();
    realBrowser = await launchBrowser();
    await setup?.(realSite, realBrowser);
  });
  afterAll(async () => {
    await realBrowser?.close();
    await realSite?.stop();
  });
  return { site: forward(() => realSite, 'site'), browser: forward(() => realBrowser, 'browser') };
}

/** The WCAG 2.2 A and AA rules of axe-core, the site's accessibility bar. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on a page, run the way every test runs it: in "legacy mode", axe.run() inside the page.
 * The default mode runs axe in each frame and then merges the results in a second, blank page
 * (axe.finishRun), which is made for cross-origin iframes; the site has none, and that blank
 * page cost about 0.4 s of every check (measured: a one-rule check 0.7 s, in legacy mode 0.3 s).
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}

/** axe's violations on a page, one line each: rule, help text and the elements. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
