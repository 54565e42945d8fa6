import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy, parsePolicy, unionPolicies } from '../../src/lib/security.ts';

describe('security policy', () => {
  it('parses a policy into directives and sources', () => {
    expect([...parsePolicy("default-src 'self';img-src 'self' data:; ")]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]);
  });

  it('unions the sources of several pages, keeping first-seen order', () => {
    expect(unionPolicies(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });

  it('writes a _headers rule for every path under the base, with header-only directives', () => {
    const text = headersFile("script-src 'self'", '/skripsi/');
    expect(text.split('\n')[0]).toBe('/skripsi/*');
    expect(text).toContain("  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n");
    expect(text).toMatch(/^ {2}Referrer-Policy: no-referrer$/m);
    expect(text).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(text).toMatch(/^ {2}Permissions-Policy: /m);
    expect(text).not.toContain('unsafe-inline');
  });

  it("reads a page's <meta> policy, or null", () => {
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).toBe("script-src 'self'");
    expect(metaPolicy('<meta charset="utf-8">')).toBeNull();
  });
});
