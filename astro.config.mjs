// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { cspDirectives, cspScriptResources } from './src/lib/security.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

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
  // Content-Security-Policy without 'unsafe-inline': Astro hashes the scripts and styles it
  // emits (its small scripts are inlined) into a <meta http-equiv> on every page; the
  // security-headers integration writes the same policy and other headers into dist/_headers.
  security: {
    csp: { directives: cspDirectives, scriptDirective: { resources: cspScriptResources } },
  },
  integrations: [mdx(), securityHeaders()],
  devToolbar: { enabled: false },
});
