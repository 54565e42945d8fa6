/**
 * Every internal link, asset and #fragment of the root build resolves (including the
 * language switch and downloads); external links are written to reports/external-links.md
 * for a person to check, never fetched.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPages, readPage, requireBuilt, root } from '../../tools/lib/site.ts';
import { checkLinks, externalLinksReport } from '../support/links.ts';

const dist = join(root, 'dist');
requireBuilt(dist);

describe('links of the built site', () => {
  const report = checkLinks(dist);

  it('has no broken internal link, asset or fragment on any page', () => {
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(20);
  });

  it('links every page to its other-language version', () => {
    // Content pages: the 404 page is bilingual itself, a redirect page only forwards.
    for (const path of contentPages(dist)) {
      const doc = readPage(dist, path);
      expect(doc.querySelector('a[data-lang-switch]'), `${path}: no language switch`).not.toBeNull();
    }
  });

  it('lists the external links in reports/external-links.md', () => {
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, 'reports', 'external-links.md'), externalLinksReport(report));
    expect([...report.external.keys()].every((url) => /^https?:/.test(url))).toBe(true);
  });
});

describe('the link checker', () => {
  it('names a missing page, a missing fragment and a missing asset, and lists external links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'index.html'), '<a href="/a/#here">ok</a> <a href="/a/#gone">x</a> <a href="/b/">x</a> <script src="/app.js"></script> <a href="https://example.org/p">ext</a>');
      writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="here">Here</h2> <a href="../#top">x</a>');
      const report = checkLinks(dir);
      expect(report.broken).toEqual([
        '/: /a/#gone has no element with id "gone" on /a/',
        '/: /b/ does not resolve to a built file under /',
        '/: /app.js does not resolve to a built file under /',
        '/a/: ../#top has no element with id "top" on /',
      ]);
      expect([...report.external]).toEqual([['https://example.org/p', ['/']]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
