/**
 * Astro integration: after the build, draws each page's link-preview picture (the PNG its
 * `<meta property="og:image">` names) from what the built page says: its `og:title`,
 * `og:site_name` and language; a chart's own page (`data-chart-embed="<name>"`) shows the
 * chart, from the SVG the build wrote to /data/charts/. One picture per page, drawn once;
 * a page whose og:image is missing after this fails the build (tests/build/og-images.test.ts).
 *
 * Drawn ahead: while Astro renders the pages (on one core), the cards the pages loader can
 * already tell (each MDX page's title in each language, src/generated/pages.json) are drawn one
 * at a time by a thread of their own (./og-worker.ts), on the other core; another thread works out
 * every chart's pictures (./chart-pictures.ts): its page's card and its PNG download, which the
 * build writes here (the dev server draws the PNG on request). After the build each page's card,
 * read from its HTML as above, is compared with the one drawn ahead for the same file, and each PNG
 * download's SVG with the one it was drawn from: only the same card (the same bytes) is used; any
 * other is drawn then. So the pictures still come from the built pages, and most of their drawing
 * no longer waits for the last page.
 *
 * Kept: a picture an earlier build drew from the same card or SVG, with the same code, comes from
 * node_modules/.cache/cg-pictures/ (./picture-cache.ts) and is not drawn at all. Such cards are not
 * sent to the drawing thread, and the charts' thread is not started when the cache holds every
 * picture of the charts the last build drew (a chart changed since then is drawn after the pages).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { isLang, languages } from '../lib/i18n.ts';
import { chartDownloadPath, ogImagePath, pagePath } from '../lib/paths.ts';
import { Worker } from 'node:worker_threads';
import { pageCard, type OgCard } from '../lib/og-image.ts';
import { chartPng } from '../lib/charts/png.ts';
import type { ChartPicture } from './chart-pictures.ts';
import { pictureCache, type PictureCache } from './picture-cache.ts';
import { LATE_DATA } from './data-loaders.ts';
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
      if (title) out.set(ogImagePath(pagePath(lang, page.slug, '/')), pageCard(lang, title));
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
  const pending = new Map<number, { resolve: (answer: { png?: Uint8Array; charts?: ChartPicture[] }) => void; reject: (e: unknown) => void }>();
  let next = 0;
  worker.on('message', ({ id, error, ...answer }: { id: number; png?: Uint8Array; charts?: ChartPicture[]; error?: string }) => {
    const p = pending.get(id)!;
    pending.delete(id);
    if (error !== undefined) p.reject(new Error(`link-preview card: ${error}`));
    else p.resolve(answer);
  });
  const ask = (message: { card: OgCard } | { charts: true }) => {
    const id = next++;
    return new Promise<{ png?: Uint8Array; charts?: ChartPicture[] }>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  return {
    draw: (card: OgCard): Promise<Buffer> => ask({ card }).then(({ png }) => Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength)),
    /** Every chart's PNG download and link-preview card (./chart-pictures.ts). */
    charts: (): Promise<ChartPicture[]> => ask({ charts: true }).then(({ charts }) => charts!),
    stop: () => worker.terminate(),
  };
}

type Drawn = { card: OgCard; png: Promise<Buffer> };

/**
 * Cards drawn by drawing threads, one card at a time each, in the order they were added. Cards can
 * be added and threads can join while it runs; a thread waits for more cards until the queue is
 * closed (starting one, with its fonts and native modules, takes about 0.2 s), and none is started
 * for nothing.
 */
function drawQueue() {
  const queue: { card: OgCard; resolve: (png: Buffer) => void; reject: (e: unknown) => void }[] = [];
  const running: Promise<void>[] = [];
  let waiting: (() => void)[] = [];
  let closed = false;
  const wake = () => {
    for (const w of waiting) w();
    waiting = [];
  };
  let threads = 0;
  const worker = async () => {
    const thread = drawingThread();
    try {
      for (;;) {
        const item = queue.shift();
        if (item) await thread.draw(item.card).then(item.resolve, item.reject);
        else if (closed) break;
        else await new Promise<void>((resolve) => waiting.push(resolve));
      }
    } finally {
      await thread.stop();
    }
  };
  return {
    /** Queue these cards (file -> card); each file's picture, when drawn. */
    add(cards: Map<string, OgCard>): Map<string, Drawn> {
      const out = new Map<string, Drawn>();
      for (const [file, card] of cards) {
        const png = new Promise<Buffer>((resolve, reject) => queue.push({ card, resolve, reject }));
        png.catch(() => undefined); // a card no page uses may fail unseen; a used one rethrows where it is awaited
        out.set(file, { card, png });
      }
      wake();
      return out;
    },
    /** Start threads until `count` are drawing, or one for each card waiting if fewer. */
    grow(count: number): void {
      for (let n = Math.min(count - threads, queue.length); n > 0; n--) {
        threads++;
        running.push(worker());
      }
    },
    /** No more cards: the threads stop once the queue is empty; settles when they all have. */
    close(): Promise<unknown> {
      closed = true;
      wake();
      return Promise.all(running);
    },
  };
}

export function ogImages(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let queue: ReturnType<typeof drawQueue> | null = null;
  let early = new Map<string, Drawn>();
  let charts: Promise<ChartPicture[]> | null = null;
  let cache: PictureCache | null = null;
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        cache = pictureCache(root);
        const loaded = join(root, 'src', 'generated', 'pages.json');
        if (!existsSync(loaded)) return;
        // The charts' pictures in a thread of their own, while Astro bundles (the main thread mostly waits then),
        // unless the cache holds every picture of the charts the last build drew (a changed chart is then drawn late).
        if (!cache.holdsList('charts')) {
          // It reads the charts' SVGs from src/generated/chart-svgs.json: once scripts/build.ts's late loaders are done.
          const late = (globalThis as Record<symbol, Promise<boolean> | undefined>)[LATE_DATA];
          charts = Promise.resolve(late).then((ok) => {
            if (ok === false) return [];
            const chartThread = drawingThread();
            return chartThread.charts().finally(() => chartThread.stop());
          });
          charts.catch(() => undefined); // used (and rethrown) at the end of the build
        }
        queue = drawQueue();
        const expected = expectedCards(JSON.parse(readFileSync(loaded, 'utf8')) as LoadedPage[]);
        early = queue.add(new Map([...expected].filter(([, card]) => !cache!.has('card', JSON.stringify(card)))));
        // One thread while Astro renders: the other core is free, the thread pool stays open for Astro's files.
        queue.grow(1);
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
          const chartFile = chart ? join(out, chartDownloadPath(chart, lang, 'svg')) : null;
          if (chartFile && !existsSync(chartFile)) throw new Error(`${page}: no chart picture ${relative(out, chartFile)}`);
          const card = pageCard(lang, title, { siteName, ...(chartFile ? { chartSvg: readFileSync(chartFile, 'utf8') } : {}) });
          const seen = cards.get(target);
          if (seen && JSON.stringify(seen.card) !== JSON.stringify(card)) throw new Error(`${page}: og:image ${target} is also ${seen.page}'s, with another title`);
          cards.set(target, { card, page });
        }
        // The charts drawn ahead: a chart page's card joins the cards drawn ahead, and each PNG download
        // is written if the SVG download it was drawn from is the one the build wrote (else drawn again now).
        const chartsAhead = await (charts ?? Promise.resolve([])).catch((error: unknown) => {
          logger.warn(`the charts' pictures drawn ahead failed, so they are drawn now: ${(error as Error).message}`);
          return [] as ChartPicture[];
        });
        for (const c of chartsAhead) early.set(c.cardPath, { card: c.card, png: Promise.resolve(Buffer.from(c.cardPng)) });
        const aheadBySvg = new Map(chartsAhead.map((c) => [c.svgPath, c]));
        const pictures = cache ?? pictureCache(root);
        const chartList: { kind: string; input: string }[] = [];
        let downloads = 0;
        for (const file of readdirSync(join(out, 'data', 'charts')).filter((f) => f.endsWith('.svg'))) {
          const svgPath = `data/charts/${file}`;
          const svg = readFileSync(join(out, svgPath), 'utf8');
          const ahead = aheadBySvg.get(svgPath);
          let png: Uint8Array | undefined = pictures.get('chart-png', svg);
          if (!png) pictures.put('chart-png', svg, (png = ahead?.svgFile === svg ? ahead.png : chartPng(svg)));
          writeFileSync(join(out, svgPath.replace(/\.svg$/, '.png')), png);
          chartList.push({ kind: 'chart-png', input: svg });
          downloads++;
        }
        // Each page's card: from the cache, or the one drawn ahead if it is the same card, else drawn now, by
        // the same queue's threads, as many as the machine has cores; each file's bytes do not depend on the order.
        const kept = new Map([...cards].flatMap(([target, { card }]) => {
          const png = pictures.get('card', JSON.stringify(card));
          return png ? [[target, png] as const] : [];
        }));
        const late = new Map([...cards].filter(([target, { card }]) => !kept.has(target) && JSON.stringify(early.get(target)?.card) !== JSON.stringify(card)).map(([target, { card }]) => [target, card]));
        const drawing = queue ?? drawQueue();
        const now = drawing.add(late);
        drawing.grow(availableParallelism());
        for (const [target, { card }] of cards) {
          const file = join(out, target);
          mkdirSync(dirname(file), { recursive: true });
          let png = kept.get(target);
          if (!png) pictures.put('card', JSON.stringify(card), (png = await (now.get(target) ?? early.get(target)!).png));
          writeFileSync(file, png);
          if (card.chartSvg) chartList.push({ kind: 'card', input: JSON.stringify(card) });
        }
        await drawing.close();
        pictures.saveList('charts', chartList);
        const { hits } = pictures.finish();
        queue = null;
        early = new Map();
        charts = null;
        cache = null;
        logger.info(`${cards.size} link-preview images and ${downloads} chart PNGs: ${hits} kept from earlier builds (node_modules/.cache/cg-pictures), ${cards.size - late.size - kept.size} of the cards drawn while the pages were built, ${late.size} after`);
      },
    },
  };
}
