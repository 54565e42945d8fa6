// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { dataLoaders } from './src/integrations/data-loaders.ts';
import { noPrebundleInBuild } from './src/integrations/build-prebundle.ts';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';

/**
 * One setting moves the whole site under a sub-path, e.g. a university server:
 *   BASE_PATH=/skripsi/ npm run build
 * SITE_URL (optional) makes canonical and hreflang links absolute. It is also what a
 * sitemap needs (absolute URLs only): without SITE_URL the build writes no sitemap and
 * robots.txt names none.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
// Old page addresses from the anchor registry become redirect pages (src/pages/[redirect].astro); not for the sitemap.
// Read from the loaders' checked output (scripts/anchors.json.ts), never from src/data directly.
const checkedAnchors = './src/generated/anchors.json';
if (!existsSync(checkedAnchors)) throw new Error(`${checkedAnchors} is missing: run \`npm run data\` (npm run build and npm run dev do it first)`);
/** @type {{ pageRedirects: { fromSlug: string }[] }} */
const anchorsChecked = JSON.parse(readFileSync(checkedAnchors, 'utf8'));
const redirected = anchorsChecked.pageRedirects.map((r) => r.fromSlug);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // No code in the study's prose; Shiki would add inline styles that the CSP forbids.
    syntaxHighlight: false,
    // Headings carry explicit ids written in the MDX (`## Metode {#method}`), shared by both languages.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  // Content-Security-Policy without 'unsafe-inline': the layouts write it into a <meta
  // http-equiv> on every page (src/lib/security.ts says why not Astro's security.csp); the
  // security-headers integration writes the same policy and other headers into dist/_headers.
  integrations: [
    // Static parts of each MDX page compile to one HTML string (smaller page modules, faster to bundle and
    // render); headings are mapped to SectionHeading at render time, so they must stay elements.
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4', 'h5', 'h6'] } }),
    securityHeaders(),
    ogImages(),
    dataLoaders(),
    noPrebundleInBuild(),
    ...(site
      ? [sitemap({
          i18n: { defaultLocale: 'id', locales: { id: 'id-ID', en: 'en' } },
          // Pages only: not the citation downloads, not redirect pages.
          filter: (page) => page.endsWith('/') && !redirected.some((slug) => new RegExp(`/${slug}/$`).test(page)),
        })]
      : []),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // One stylesheet for the whole site: a page then waits on one render-blocking request,
      // not six, and every later page finds it in the cache.
      cssCodeSplit: false,
      // Every script is an external, cached file, never inlined into the page: an inline module
      // costs its body and a CSP hash in every page's HTML (about 1.3 KB gzipped on a chapter),
      // and Lighthouse on a phone scores the same either way (module scripts do not block paint).
      assetsInlineLimit: () => false,
      rollupOptions: {
        // @astrojs/mdx marks every MDX module with a "use astro:head-inject" directive that the
        // bundler reports once per file; it is Astro's own marker and harmless, so the warning
        // is dropped to keep build logs readable. Every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
