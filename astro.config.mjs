// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

/**
 * One setting moves the whole site under a sub-path, e.g. a university server:
 *   BASE_PATH=/skripsi/ npm run build
 * SITE_URL (optional) makes canonical and hreflang links absolute.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

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
    // Headings carry explicit ids written in the MDX (`## Metode {#method}`), shared by both languages.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
