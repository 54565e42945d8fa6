import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, metaPolicy, parseHeadersFile, parsePolicy, unionPolicies } from '../../src/lib/security.ts';

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

describe('_headers rules', () => {
  const text = headersFile("script-src 'self'", '/', { framable: ['grafik/embed/', 'en/grafik/embed/'], downloads: ['kutip/febriana.ris', 'kutip/febriana.bib', 'data/findings.csv', 'data/datapackage.json'] });
  const rules = parseHeadersFile(text);

  it('keeps frame-ancestors none everywhere but under the framable paths', () => {
    expect(headersFor(rules, '/abstrak/')['Content-Security-Policy']).toBe("script-src 'self'; frame-ancestors 'none'");
    expect(headersFor(rules, '/en/grafik/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(rules, '/grafik/embed/matrix/')['Content-Security-Policy']).toBe("script-src 'self'; frame-ancestors *");
    expect(headersFor(rules, '/en/grafik/embed/matrix/')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(headersFor(rules, '/grafik/embed/matrix/')['Referrer-Policy']).toBe('no-referrer');
  });

  it('gives every download its media type', () => {
    expect(headersFor(rules, '/kutip/febriana.ris')['Content-Type']).toBe('application/x-research-info-systems');
    expect(headersFor(rules, '/kutip/febriana.bib')['Content-Type']).toBe('application/x-bibtex');
    expect(headersFor(rules, '/data/findings.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(headersFor(rules, '/data/datapackage.json')['Content-Type']).toBe('application/json');
    expect(headersFor(rules, '/abstrak/')['Content-Type']).toBeUndefined();
    expect(() => headersFile('', '/', { downloads: ['x.zip'] })).toThrow(/x\.zip/);
  });

  it('names a malformed line', () => {
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow(/line 2/);
  });
});
