/**
 * Astro integration: after the build, writes `_headers` (for static hosts) with the union
 * of the Content-Security-Policy that Astro put into each page's <meta>, plus the other
 * security headers of src/lib/security.ts, `frame-ancestors` relaxed only for the chart
 * embed pages (src/lib/embed.ts), and the media type of every download in dist/.
 * Fails the build if a page lacks its CSP.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder, htmlFilesUnder } from '../lib/files.ts';
import { downloadTypes, headersFile, metaPolicy, unionPolicies } from '../lib/security.ts';
import { embedPrefixes } from '../lib/embed.ts';

/** Every file under dir whose extension is one of exts, as paths relative to dir with "/", sorted. */
function filesWith(dir: string, exts: string[]): string[] {
  return filesUnder(dir).filter((name) => exts.includes(name.split('.').pop() ?? ''));
}

/** Every HTML file under dir, as full paths. */
export function htmlFiles(dir: string): string[] {
  return htmlFilesUnder(dir).map((rel) => join(dir, rel));
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).map((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (!policy) throw new Error(`${relative(process.cwd(), file)}: no <meta http-equiv="content-security-policy"> (the layouts write it: pagePolicy in src/lib/security.ts)`);
          return policy;
        });
        const downloads = filesWith(out, Object.keys(downloadTypes));
        writeFileSync(join(out, '_headers'), headersFile(unionPolicies(policies), base, { framable: embedPrefixes(), downloads }));
      },
    },
  };
}
