/**
 * The site's security policy, in one place: the Content-Security-Policy that every page
 * carries in its <meta http-equiv> (`pagePolicy`, written by the layouts), and the HTTP
 * headers a static host serves from `_headers` (Netlify, Cloudflare Pages and compatible hosts).
 *
 * Not Astro's `security.csp`: it hashes every script and style Astro could emit anywhere on
 * the site (each bundled module, its five island directives, the stylesheet), ten hashes of
 * which the site needs one, the inline theme script: about 300 bytes gzipped of base64 that
 * does not compress, in every page's head. Every other script and style is an external file
 * from 'self'.
 */
import { createHash } from 'node:crypto';

/** Directives besides script-src and style-src. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Extra script sources. Pagefind compiles its search index reader from WebAssembly, which a
 * CSP without 'unsafe-eval' allows only with 'wasm-unsafe-eval' (it allows no JS eval).
 */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * The CSP hash for one inline script, sha256-<base64> of its exact text (Astro adds the quotes). The theme
 * script must run before first paint, so it is inline (an external one costs a render-
 * blocking request) and admitted by its hash, never by 'unsafe-inline'.
 */
export function scriptHash(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * The page policy: the directives above, scripts from 'self' plus the one inline script by
 * its hash, styles from 'self' only (no inline <style>, no style attribute).
 */
export function pagePolicy(inlineScripts: string[]): string {
  const hashes = inlineScripts.map((code) => `'${scriptHash(code)}'`);
  return [...cspDirectives, ['script-src', ...cspScriptResources, ...hashes].join(' '), "style-src 'self'"].join('; ');
}

/** Only a header can carry these (a <meta> CSP ignores them and Chromium logs an error). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The same header-only directives for a page that other sites may frame (a chart's embed
 * page): any http(s) page may put it in an <iframe>.
 */
export const framableDirectives = ['frame-ancestors *'];

/**
 * Media types a static host does not know by itself, for every download: a reference
 * manager starts its import from the type, a spreadsheet from text/csv. Keys are file
 * extensions; `headersFile` writes one rule per downloadable file.
 */
export const downloadTypes: Record<string, string> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export const securityHeaders: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Parse "a x y; b z" into an ordered map of directive name to sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

export function formatPolicy(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One site-wide policy that admits every page's own policy: the union of each directive's
 * sources (the hashes of every page's scripts), in first-seen order. A browser enforces
 * both this header and the page's stricter <meta>, so each page stays as strict as its meta.
 */
export function unionPolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  return formatPolicy(merged);
}

export interface HeadersOptions {
  /** Site paths (without base, ending in "/") under which pages may be framed by other sites, e.g. "grafik/embed/". */
  framable?: string[];
  /** Site paths (without base) of downloadable files; each gets the media type of its extension in `downloadTypes`. */
  downloads?: string[];
}

/**
 * The `_headers` file: one rule for every path, then rules for the framable pages and the
 * downloads. A later rule's header replaces the same header of an earlier matching rule
 * (Netlify's rule, and what `npm start`'s server does, tools/lib/static-server.ts).
 */
export function headersFile(policy: string, base = '/', options: HeadersOptions = {}): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const csp = (extra: string[]) => [policy, ...extra].filter(Boolean).join('; ');
  const lines = [`${root}*`, `  Content-Security-Policy: ${csp(headerOnlyDirectives)}`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  for (const path of options.framable ?? []) lines.push(`${root}${path}*`, `  Content-Security-Policy: ${csp(framableDirectives)}`);
  for (const path of options.downloads ?? []) {
    const type = downloadTypes[path.split('.').pop() ?? ''];
    if (!type) throw new Error(`_headers: no media type for the download ${path} (add its extension to downloadTypes in src/lib/security.ts)`);
    lines.push(`${root}${path}`, `  Content-Type: ${type}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Read a `_headers` file: a path pattern at the line start, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: [] }); continue; }
    const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!m || !rules.length) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rules[rules.length - 1].headers.push([m[1], m[2]]);
  }
  return rules;
}

/** The headers the rules give a request path: every matching rule in order ("*" matches anything), a later one replacing a header of the same name. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (!re.test(path)) continue;
    for (const [name, value] of rule.headers) {
      for (const key of Object.keys(out)) if (key.toLowerCase() === name.toLowerCase()) delete out[key];
      out[name] = value;
    }
  }
  return out;
}

/** The CSP a built page declares in its <meta http-equiv>, or null. */
export function metaPolicy(html: string): string | null {
  const match = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return match ? match[1].replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&') : null;
}
