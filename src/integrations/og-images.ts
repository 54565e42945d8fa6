/**
 * Astro integration: after the build, draws each page's link-preview picture (the PNG its
 * `<meta property="og:image">` names) from what the built page says: its `og:title`,
 * `og:site_name` and language; a chart's own page (`data-chart-embed="<name>"`) shows the
 * chart, from the SVG the build wrote to /data/charts/. One picture per page, drawn once;
 * a page whose og:image is missing after this fails the build (tests/build/og-images.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { isLang, t } from '../lib/i18n.ts';
import { ogCardSvg, ogPngAsync, type OgCard } from '../lib/og-image.ts';
import { htmlFiles } from './security-headers.ts';

/** The file under dist/ that a page's og:image URL (absolute or a site path under base) names, or null if it is not ours. */
export function ogImageFile(url: string, base: string): string | null {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(b) ? path.slice(b.length) : null;
}

export function ogImages(): AstroIntegration {
  let base = '/';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cards = new Map<string, { card: OgCard; page: string }>();
        for (const file of htmlFiles(out)) {
          const page = relative(out, file);
          // Only <head> (the og: metadata) and <html lang> are needed, plus one marker of a chart's
          // own page; parsing the whole page was the build's largest per-page DOM cost.
          const html = readFileSync(file, 'utf8');
          const headEnd = html.indexOf('</head>');
          const { document } = parseHTML(headEnd < 0 ? html : `${html.slice(0, headEnd)}</head><body></body></html>`);
          const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? null;
          const image = meta('og:image');
          if (!image) continue; // redirect pages: no preview of their own
          const target = ogImageFile(image, base);
          if (!target) throw new Error(`${page}: og:image ${image} is not under the site's base ${base}`);
          const lang = document.documentElement.getAttribute('lang') ?? '';
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
        // Drawn on the thread pool, as many at once as the machine has cores; each file's bytes
        // do not depend on the order.
        const queue = [...cards];
        const draw = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [target, { card }] = next;
            const file = join(out, target);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, await ogPngAsync(ogCardSvg(card)));
          }
        };
        await Promise.all(Array.from({ length: availableParallelism() }, draw));
        logger.info(`${cards.size} link-preview images`);
      },
    },
  };
}
