import { describe, expect, it } from 'vitest';
import { ogImagePath, pagePath, parsePagePath, withBase } from '../../src/lib/paths.ts';

describe('pagePath', () => {
  it('puts Indonesian at the root and English under /en/, with one slug for both', () => {
    expect(pagePath('id', '')).toBe('/');
    expect(pagePath('en', '')).toBe('/en/');
    expect(pagePath('id', 'abstrak')).toBe('/abstrak/');
    expect(pagePath('en', 'abstrak')).toBe('/en/abstrak/');
  });

  it('respects a deployment base and keeps a section anchor', () => {
    expect(pagePath('en', 'abstrak', '/skripsi/', 'record')).toBe('/skripsi/en/abstrak/#record');
    expect(pagePath('id', '', '/skripsi')).toBe('/skripsi/');
    expect(pagePath('id', 'abstrak', '/', '#s9')).toBe('/abstrak/#s9');
  });

  it('round-trips through parsePagePath', () => {
    for (const [lang, slug] of [['id', ''], ['en', ''], ['id', 'abstrak'], ['en', 'abstrak']] as const) {
      expect(parsePagePath(pagePath(lang, slug))).toEqual({ lang, slug });
    }
  });

  it('joins a base without doubling slashes', () => {
    expect(withBase('/skripsi', '/x/')).toBe('/skripsi/x/');
    expect(withBase('/', 'x/')).toBe('/x/');
  });
});

describe('ogImagePath', () => {
  it('names each page its own picture under og/: the home page index, a file page without .html', () => {
    expect(ogImagePath('')).toBe('og/index.png');
    expect(ogImagePath('en/')).toBe('og/en.png');
    expect(ogImagePath('/en/temuan/')).toBe('og/en/temuan.png');
    expect(ogImagePath('404.html')).toBe('og/404.png');
  });
});
