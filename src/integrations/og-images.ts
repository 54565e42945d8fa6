/**
 * Astro integration: after the build, draws each page's link-preview picture (the PNG its
 * `<meta property="og:image">` names) from what the built page says: its `og:title`,
 * `og:site_name` and language; a chart's own page (`data-chart-embed="<name>"`) shows the
 * chart, from the SVG the build wrote to /data/charts/. One picture per page, drawn once;
 * a page whose og:image is missing after this fails the build (tests/build/og-images.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { isLang, t } from '../lib/i18n.ts';
import { ogCardSvg, ogPng, type OgCard } from '../lib/og-image.ts';
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
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cards = new Map<string, { card: OgCard; page: string }>();
        for (const file of htmlFiles(out)) {
          const page = relative(out, file);
          const { document } = parseHTML(readFileSync(file, 'utf8'));
          const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? null;
          const image = meta('og:image');
          if (!image) continue; // redirect pages: no preview of their own
          const target = ogImageFile(image, base);
          if (!target) throw new Error(`${page}: og:image ${image} is not under the site's base ${base}`);
          const lang = document.documentElement.getAttribute('lang') ?? '';
          const title = meta('og:title');
          const siteName = meta('og:site_name');
          if (!isLang(lang) || !title || !siteName) throw new Error(`${page}: an og:image needs <html lang>, og:title and og:site_name`);
          const chart = document.querySelector('[data-chart-embed]')?.getAttribute('data-chart-embed');
          const chartFile = chart ? join(out, 'data', 'charts', `${chart}.${lang}.svg`) : null;
          if (chartFile && !existsSync(chartFile)) throw new Error(`${page}: no chart picture ${relative(out, chartFile)}`);
          const card: OgCard = { title, siteName, footer: t(lang, 'site.subtitle'), ...(chartFile ? { chartSvg: readFileSync(chartFile, 'utf8') } : {}) };
          const seen = cards.get(target);
          if (seen && JSON.stringify(seen.card) !== JSON.stringify(card)) throw new Error(`${page}: og:image ${target} is also ${seen.page}'s, with another title`);
          cards.set(target, { card, page });
        }
        for (const [target, { card }] of cards) {
          const file = join(out, target);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, ogPng(ogCardSvg(card)));
        }
        logger.info(`${cards.size} link-preview images`);
      },
    },
  };
}
