/**
 * What a text browser reads (issue 13): `w3m -dump` of every chapter page in both languages,
 * against the chapter's own prose (tools/lib/text-dump.ts). Everything else on the page
 * (header, navigation, contents, sources list, cite box, footer) stays within
 * budgets.json `text.chapterBeyondProseChars`, and the HTML of each chapter that is prose to
 * read (one that shows a reading time) within `html.readingChapterGzipBytes`. The chapters come from the pages registry, so a new chapter
 * is checked without an edit here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pagesJson from '../../src/generated/pages.json' with { type: 'json' };
import { chapters, showsReadingTime } from '../../src/lib/reading.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { pageTextDump } from '../../tools/lib/text-dump.ts';
import { gzipSize } from '../../tools/lib/measure.ts';
import { readPage, requireBuilt, root } from '../../tools/lib/site.ts';

const dist = join(root, 'dist');
requireBuilt(dist);
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const paths = chapters(pagesJson).flatMap((p) => (['id', 'en'] as const).map((lang) => pagePath(lang, p.slug, '/')));

describe('text-browser view of the chapters (w3m -dump)', () => {
  it('covers every chapter in both languages', () => {
    expect(paths.length).toBe(chapters(pagesJson).length * 2);
    expect(paths.length).toBeGreaterThan(10);
  });

  it.each(paths)('%s: the text beyond the prose is within budget, and the prose is all there', (path) => {
    const dump = pageTextDump(dist, path);
    const doc = readPage(dist, path);
    // The prose measured is the page's text: its first paragraph is in both dumps.
    const first = doc.querySelector('[data-prose] p')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
    if (first) {
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      expect(flat(dump.prose), path).toContain(first);
      expect(flat(dump.page), path).toContain(first);
    }
    expect(dump.proseChars, path).toBeGreaterThan(0);
    const t = budgets.text;
    const figures = `${path}: ${dump.pageChars} characters, ${dump.proseChars} of them prose, ${dump.sourcesChars} the sources list, ${dump.frame} the frame (${dump.menuChars} of it the report menu)`;
    // The report menu lists every chapter, so it grows with the report as the prose does: it counts up to an
    // allowance, and what a longer report adds beyond that does not. No page is exempt, the glossary (whose
    // definitions cite most of the abstract) included.
    expect(dump.beyond - Math.max(0, dump.menuChars - t.reportMenuAllowanceChars), figures).toBeLessThanOrEqual(t.chapterBeyondProseChars);
    // The frame alone (without the sources list and the menu) is the same kind of text on every page.
    expect(dump.frame - dump.menuChars, figures).toBeLessThanOrEqual(t.chapterFrameChars);
  });

  it('the HTML of each reading chapter stays within its gzipped budget', () => {
    const reading = chapters(pagesJson).filter((p) => showsReadingTime(p.kind)).flatMap((p) => (['id', 'en'] as const).map((lang) => pagePath(lang, p.slug, '/')));
    expect(reading.length).toBeGreaterThan(4);
    const sizes = reading.map((path) => [path, gzipSize(readFileSync(join(dist, path, 'index.html')))] as const);
    const over = sizes.filter(([, size]) => size > budgets.html.readingChapterGzipBytes).map(([path, size]) => `${path}: ${size} B > ${budgets.html.readingChapterGzipBytes} B`);
    expect(over).toEqual([]);
  });
});
