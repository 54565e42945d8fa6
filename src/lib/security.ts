/**
 * The site's security policy, in one place: the Content-Security-Policy directives that
 * Astro writes into every page's <meta http-equiv> (Astro adds the script-src and
 * style-src hashes of its own scripts and styles at build time), and the HTTP headers a
 * static host serves from `_headers` (Netlify, Cloudflare Pages and compatible hosts).
 */

/** Directives besides script-src/style-src (those belong to Astro, which hashes what it emits). */
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

/** Only a header can carry these (a <meta> CSP ignores them and Chromium logs an error). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

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

/** The `_headers` file: one rule for every path. */
export function headersFile(policy: string, base = '/'): string {
  const csp = [policy, ...headerOnlyDirectives].filter(Boolean).join('; ');
  const lines = [`${base.endsWith('/') ? base : `${base}/`}*`, `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** The CSP a built page declares in its <meta http-equiv>, or null. */
export function metaPolicy(html: string): string | null {
  const match = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return match ? match[1].replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&') : null;
}
