import type { Lang } from './i18n.ts';
import { localSlugs } from './pages.ts';

/** Join the deployment base ("/" or "/skripsi/") with a site path, keeping one slash between. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * The URL of a page in a language. Pages share one slug in both languages; English
 * lives under /en/. Directory URLs end with a slash (Astro's `trailingSlash: 'always'`).
 */
export function pagePath(lang: Lang, slug: string, base = '/', hash = ''): string {
  const parts = [lang === 'en' ? 'en' : '', localSlugs[lang]?.[slug] ?? slug].filter(Boolean);
  const path = parts.length ? `${parts.join('/')}/` : '';
  const anchor = hash ? (hash.startsWith('#') ? hash : `#${hash}`) : '';
  return withBase(base, path) + anchor;
}

/**
 * A page's link-preview picture, as a path under the site's base: the page's own path without
 * base ("en/temuan/", "404.html") → "og/en/temuan.png", "og/404.png"; the home page → "og/index.png".
 * BaseLayout names it in og:image; src/integrations/og-images.ts draws it.
 */
export function ogImagePath(sitePath: string): string {
  return `og/${sitePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '') || 'index'}.png`;
}

/** A chart's download under dist/ (src/pages/data/charts/[chart].<ext>.ts): data/charts/<name>.<lang>.<ext>. */
export function chartDownloadPath(name: string, lang: Lang, ext: 'csv' | 'json' | 'svg' | 'png'): string {
  return `data/charts/${name}.${lang}.${ext}`;
}

/** Split a site path (without base) into language and slug: "en/abstrak/" -> { lang: "en", slug: "abstrak" }. */
export function parsePagePath(path: string): { lang: Lang; slug: string } {
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (clean === 'en') return { lang: 'en', slug: '' };
  if (clean.startsWith('en/')) {
    const local = clean.slice(3);
    const shared = Object.entries(localSlugs.en ?? {}).find(([, l]) => l === local)?.[0];
    return { lang: 'en', slug: shared ?? local };
  }
  return { lang: 'id', slug: clean };
}
