/**
 * Astro integration: after the build, writes `_headers` (for static hosts) with the union
 * of the Content-Security-Policy that Astro put into each page's <meta>, plus the other
 * security headers of src/lib/security.ts, `frame-ancestors` relaxed only for the chart
 * embed pages (src/lib/embed.ts), and the media type of every download in dist/.
 * Fails the build if a page lacks its CSP.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
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

/**
 * The start of a file, where a page's <head> and its CSP <meta> are (the layouts write it second,
 * after the charset): reading every page whole only for that grew with the report's size.
 */
function startOf(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
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
          const policy = metaPolicy(startOf(file));
          if (!policy) throw new Error(`${relative(process.cwd(), file)}: no <meta http-equiv="content-security-policy"> in its first 4 KB (the layouts write it right after the charset: pagePolicy in src/lib/security.ts)`);
          return policy;
        });
        const downloads = filesWith(out, Object.keys(downloadTypes));
        writeFileSync(join(out, '_headers'), headersFile(unionPolicies(policies), base, { framable: embedPrefixes(), downloads }));
      },
    },
  };
}
