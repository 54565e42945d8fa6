/**
 * Astro integration: after the build, draws each page's link-preview picture (the PNG its
 * `<meta property="og:image">` names) from what the built page says: its `og:title`,
 * `og:site_name` and language; a chart's own page (`data-chart-embed="<name>"`) shows the
 * chart, from the SVG the build wrote to /data/charts/. One picture per page, drawn once;
 * a page whose og:image is missing after this fails the build (tests/build/og-images.test.ts).
 *
 * Drawn ahead: while Astro renders the pages (on one core), the cards the pages loader can
 * already tell (each MDX page's title in each language, src/generated/pages.json) are drawn one
 * at a time by a thread of their own (./og-worker.ts), on the other core. After the build each page's card, read from
 * its HTML as above, is compared with the one drawn ahead for the same file: only the same card
 * (the same bytes) is used; any other is drawn then. So the pictures still come from the built
 * pages, and most of their drawing no longer waits for the last page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { isLang, languages, t } from '../lib/i18n.ts';
import { ogImagePath, pagePath } from '../lib/paths.ts';
import { Worker } from 'node:worker_threads';
import type { OgCard } from '../lib/og-image.ts';
import { htmlFiles } from './security-headers.ts';

/** The file under dist/ that a page's og:image URL (absolute or a site path under base) names, or null if it is not ours. */
export function ogImageFile(url: string, base: string): string | null {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(b) ? path.slice(b.length) : null;
}

/**
 * A built page's `<html lang>` and `<meta property content>` pairs, read by a streaming parse (htmlparser2,
 * no DOM) that stops at `</head>`: a DOM of every page's head was a millisecond a page in a large build.
 */
export function headMeta(html: string): { lang: string; meta: Map<string, string> } {
  const out = { lang: '', meta: new Map<string, string>() };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'html') out.lang = attrs.lang ?? '';
      else if (name === 'meta' && attrs.property && attrs.content !== undefined && !out.meta.has(attrs.property)) out.meta.set(attrs.property, attrs.content);
      else if (name === 'body') parser.pause();
    },
    onclosetag(name) {
      if (name === 'head') parser.pause();
    },
  }, { decodeEntities: true });
  parser.end(html);
  return out;
}

/** What the pages loader knows of each MDX page (src/generated/pages.json). */
interface LoadedPage { slug: string; titles: Record<string, string> }

/** The cards that MDX pages will have, by file, before Astro renders them. */
export function expectedCards(pages: LoadedPage[]): Map<string, OgCard> {
  const out = new Map<string, OgCard>();
  for (const page of pages) {
    for (const lang of languages) {
      const title = page.titles[lang];
      if (title) out.set(ogImagePath(pagePath(lang, page.slug, '/')), { title, siteName: t(lang, 'site.title'), footer: t(lang, 'site.subtitle') });
    }
  }
  return out;
}

/**
 * A thread that draws cards (./og-worker.ts), one at a time, in the order asked. Its own event loop: a
 * card drawn on libuv's pool from the main thread advanced only when the main thread, busy rendering
 * pages, came back to its callbacks, so at 100× most cards were still undrawn when the pages were done.
 */
export function drawingThread() {
  const worker = new Worker(new URL('./og-worker.ts', import.meta.url));
  worker.unref(); // never what keeps the build alive
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (e: unknown) => void }>();
  let next = 0;
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const p = pending.get(id)!;
    pending.delete(id);
    if (error !== undefined) p.reject(new Error(`link-preview card: ${error}`));
    else p.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  return {
    draw(card: OgCard): Promise<Buffer> {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, card });
      });
    },
    stop: () => worker.terminate(),
  };
}

/** A queue of cards drawn by drawing threads, one card at a time each; more threads can join. */
function drawQueue(cards: Map<string, OgCard>) {
  const queue = [...cards];
  const results = new Map<string, { card: OgCard; png: Promise<Buffer> }>();
  const settle = new Map<string, { resolve: (png: Buffer) => void; reject: (e: unknown) => void }>();
  for (const [file, card] of queue) {
    const png = new Promise<Buffer>((resolve, reject) => settle.set(file, { resolve, reject }));
    png.catch(() => undefined); // a card no page uses may fail unseen; a used one rethrows where it is awaited
    results.set(file, { card, png });
  }
  const worker = async () => {
    const thread = drawingThread();
    try {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const [file, card] = item;
        await thread.draw(card).then(settle.get(file)!.resolve, settle.get(file)!.reject);
      }
    } finally {
      await thread.stop();
    }
  };
  return { results, start: (workers: number) => Array.from({ length: workers }, worker) };
}

export function ogImages(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let ahead: ReturnType<typeof drawQueue> | null = null;
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const loaded = join(root, 'src', 'generated', 'pages.json');
        if (!existsSync(loaded)) return;
        ahead = drawQueue(expectedCards(JSON.parse(readFileSync(loaded, 'utf8')) as LoadedPage[]));
        // One card at a time while Astro renders: the other core is free, the thread pool stays open for Astro's files.
        ahead.start(1);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cards = new Map<string, { card: OgCard; page: string }>();
        for (const file of htmlFiles(out)) {
          const page = relative(out, file);
          // Only <head> (the og: metadata) and <html lang> are needed, plus one marker of a chart's
          // own page; parsing the whole page was the build's largest per-page DOM cost.
          const html = readFileSync(file, 'utf8');
          const head = headMeta(html);
          const meta = (p: string) => head.meta.get(p) ?? null;
          const image = meta('og:image');
          if (!image) continue; // redirect pages: no preview of their own
          const target = ogImageFile(image, base);
          if (!target) throw new Error(`${page}: og:image ${image} is not under the site's base ${base}`);
          const lang = head.lang;
          const title = meta('og:title');
          const siteName = meta('og:site_name');
          if (!isLang(lang) || !title || !siteName) throw new Error(`${page}: an og:image needs <html lang>, og:title and og:site_name`);
          const chart = /\sdata-chart-embed="([^"]+)"/.exec(html)?.[1] ?? null;
          const chartFile = chart ? join(out, 'data', 'charts', `${chart}.${lang}.svg`) : null;
          if (chartFile && !existsSync(chartFile)) throw new Error(`${page}: no chart picture ${relative(out, chartFile)}`);
          const card: OgCard = { title, siteName, footer: t(lang, 'site.subtitle'), ...(chartFile ? { chartSvg: readFileSync(chartFile, 'utf8') } : {}) };
          const seen = cards.get(target);
          if (seen && JSON.stringify(seen.card) !== JSON.stringify(card)) throw new Error(`${page}: og:image ${target} is also ${seen.page}'s, with another title`);
          cards.set(target, { card, page });
        }
        // Each page's card: the one drawn ahead if it is the same card, else drawn now. As many drawing
        // threads as the machine has cores; each file's bytes do not depend on the order.
        const early = ahead?.results ?? new Map<string, { card: OgCard; png: Promise<Buffer> }>();
        const late = new Map([...cards].filter(([target, { card }]) => JSON.stringify(early.get(target)?.card) !== JSON.stringify(card)).map(([target, { card }]) => [target, card]));
        const now = drawQueue(late);
        const workers = [...now.start(availableParallelism()), ...(ahead?.start(Math.max(1, availableParallelism() - 1)) ?? [])];
        for (const [target] of cards) {
          const file = join(out, target);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, await (now.results.get(target) ?? early.get(target)!).png);
        }
        await Promise.all(workers);
        ahead = null;
        logger.info(`${cards.size} link-preview images (${cards.size - late.size} drawn while the pages were built)`);
      },
    },
  };
}
