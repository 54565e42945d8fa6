import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapters, countWords, formatMinutes, formatNumber, formatUpdated, htmlToText, isoDay, neighbours, readingMinutes, REPORT_MENU_MAX, reportMenu, reportPosition, showsReadingTime, tocItems } from '../../src/lib/reading.ts';
import { lastCommitDate, readHistory } from '../../src/lib/git-dates.ts';
import { spawnSync } from 'node:child_process';
import { findChapterPages, pdfSitePath, reportChapters } from '../../src/lib/print.ts';
import { contentKinds, kindTraits, type PageKind, type RegisteredPage } from '../../src/lib/pages.ts';

// A made-up site: pages are placed by their kind (src/lib/pages.ts), never by their slug.
const page = (slug: string, kind: PageKind, order: number): RegisteredPage => ({ slug, kind, order, titles: { id: slug, en: slug } });
const pages = [page('c', 'chapter', 3), page('a', 'abstract', 1), page('brief', 'brief', 20), page('b', 'summary', 2)];

describe('reading time', () => {
  it('counts the words of rendered HTML, not its tags or scripts', () => {
    const text = htmlToText('<p>Satu <a href="/x">dua</a> tiga.<span role="tooltip">Dinyatakan oleh sumber: kalimat panjang</span></p><script>var a = 1;</script> <p>— 2019 &amp; seterusnya</p>');
    expect(text).toBe('Satu dua tiga. — 2019 & seterusnya');
    expect(countWords(text)).toBe(5);
  });

  it('leaves out a hidden element whole, nested and void elements included, and keeps what follows', () => {
    const html = '<div hidden><p>tersembunyi <img src="x.png" alt=""> <b>sekali</b></p><br>lagi</div><p>terlihat <span hidden="">bukan</span>ini</p><template><p>templat</p></template>akhir';
    expect(htmlToText(html)).toBe('terlihat ini akhir');
  });

  it('counts the prose only: claim markers, heading anchors and the cite controls beside them are left out', () => {
    const html = '<div class="section-heading"><h2 id="a">Temuan utama</h2><a class="section-heading__anchor" href="#a">#</a></div>'
      + '<p>Kapabilitas individu baik.<span class="claim"><a href="#sumber-S8">S8</a> <a href="/klaim/">interpretasi</a></span></p>';
    expect(htmlToText(html)).toBe('Temuan utama Kapabilitas individu baik.');
    expect(countWords(htmlToText(html))).toBe(5);
  });

  it('rounds to whole minutes at ~200 words a minute, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(199)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1100)).toBe(6);
  });

  it('formats minutes and numbers per language with Intl', () => {
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(5, 'en')).toBe('5 minutes');
    expect(formatMinutes(5, 'id')).toBe('5 menit');
    expect(formatNumber(12345, 'id')).toBe('12.345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });
});

describe('updated date', () => {
  it('formats a commit date in UTC per language', () => {
    expect(formatUpdated('2026-11-28T23:30:00-02:00', 'id')).toBe('29 November 2026');
    expect(formatUpdated('2026-03-05T10:00:00+07:00', 'en')).toBe('5 March 2026');
    expect(isoDay('2026-03-05T01:00:00+07:00')).toBe('2026-03-04');
    expect(() => formatUpdated('yesterday', 'en')).toThrow('"yesterday" is not an ISO 8601 date');
  });

  it('comes from git for a committed file and is absent outside a repository', () => {
    expect(lastCommitDate('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(lastCommitDate('no/such/file.mdx')).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'cg-nogit-'));
    try {
      writeFileSync(join(dir, 'x.mdx'), '# x\n');
      expect(lastCommitDate('x.mdx', dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // One log over the tree reads every commit that changed a file, also on a merged branch whose
  // changes were reverted before the merge (which `git log -1 -- file` simplifies away), so its date
  // is git's date or a later touch of the same file, never an older or missing one.
  it('reads the whole history once and gives, for every content and data file, git\'s last date or a later touch', () => {
    const files = spawnSync('git', ['ls-files', 'src/content', 'src/data', 'package.json'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const one = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).stdout.trim();
      const date = lastCommitDate(file);
      expect(date, file).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Date.parse(date!), `${file}: ${date} vs git's ${one}`).toBeGreaterThanOrEqual(Date.parse(one));
    }
  });

  it('parses a --name-only log, newest commit first', () => {
    const log = '\x012026-03-05T10:00:00+07:00\n\na.mdx\nb.mdx\n\x012026-01-01T00:00:00+00:00\n\na.mdx\nc.mdx\n';
    expect(Object.fromEntries(readHistory(log))).toEqual({ 'a.mdx': '2026-03-05T10:00:00+07:00', 'b.mdx': '2026-03-05T10:00:00+07:00', 'c.mdx': '2026-01-01T00:00:00+00:00' });
  });
});

describe('reading order', () => {
  it('orders chapters by `order` and leaves standalone pages out', () => {
    expect(chapters(pages).map((p) => p.slug)).toEqual(['a', 'b', 'c']);
  });

  it('gives each chapter its neighbours, and a standalone page none', () => {
    expect(neighbours(pages, 'a')).toEqual({ prev: undefined, next: pages[3] });
    expect(neighbours(pages, 'b')).toEqual({ prev: pages[1], next: pages[0] });
    expect(neighbours(pages, 'c').next).toBeUndefined();
    expect(neighbours(pages, 'brief')).toEqual({});
  });

  it('says where a chapter sits in the report, and nothing for a page that is not a chapter', () => {
    expect(reportPosition(pages, 'a')).toEqual({ n: 1, total: 3 });
    expect(reportPosition(pages, 'c')).toEqual({ n: 3, total: 3 });
    expect(reportPosition(pages, 'brief')).toBeUndefined();
    expect(reportPosition(pages, '')).toBeUndefined();
  });

  it('shows a reading time on prose only', () => {
    for (const kind of ['chapter', 'abstract', 'summary', 'findings', 'brief'] as const) expect(showsReadingTime(kind), kind).toBe(true);
    for (const kind of ['charts', 'explorer', 'codebook', 'cite', 'glossary', 'references', 'ledger'] as const) expect(showsReadingTime(kind), kind).toBe(false);
    for (const kind of contentKinds) expect(showsReadingTime(kind)).toBe(kindTraits[kind].prose);
  });
});

describe('printed report', () => {
  const text = ['Header\n\nTitle page\n1', 'Header\nContents\nAbstract 3\nSummary 4\n2', 'Header\nAbstract\nAbstract text mentions Summary\n3', 'Header\nSummary\nmore\n4', 'Header\nmore\n5'].join('\f');

  it('reads the page on which each chapter starts from the PDF text', () => {
    expect(findChapterPages(text, ['Abstract', 'Summary'], 'Contents')).toEqual([3, 4]);
  });

  it('fails, naming the chapter, when one does not start a page', () => {
    expect(() => findChapterPages(text, ['Abstract', 'Findings'], 'Contents')).toThrow('chapter "Findings" does not start a page');
    expect(() => findChapterPages(text, ['Abstract'], 'Daftar isi')).toThrow('the contents page ("Daftar isi")');
  });

  it('prints the reading chapters in order, without the policy brief, the explorer or the cite page', () => {
    const site = [
      ...pages,
      page('explore', 'explorer', 12),
      page('cite', 'cite', 11),
      page('ledger', 'ledger', 14),
      page('codebook', 'codebook', 13),
      page('charts', 'charts', 11),
    ];
    expect(reportChapters(site).map((p) => p.slug)).toEqual(['a', 'b', 'c', 'charts', 'codebook']);
  });

  it('names the PDF per language', () => {
    expect(pdfSitePath('en')).toBe('pdf/report-en.pdf');
  });
});

describe('the report menu on a page', () => {
  const list = Array.from({ length: 100 }, (_, i) => i);
  it('lists every chapter of a report up to REPORT_MENU_MAX long', () => {
    const short = list.slice(0, REPORT_MENU_MAX);
    expect(reportMenu(short, 3)).toEqual({ items: short, start: 0, windowed: false });
  });
  it.each([0, 1, 19, 20, 50, 79, 80, 99, -1])('in a longer report lists REPORT_MENU_MAX consecutive chapters, the page\'s own among them (index %i)', (index) => {
    const menu = reportMenu(list, index);
    expect(menu.windowed).toBe(true);
    expect(menu.items).toHaveLength(REPORT_MENU_MAX);
    expect(menu.items).toEqual(list.slice(menu.start, menu.start + REPORT_MENU_MAX));
    if (index >= 0) expect(menu.items).toContain(index);
    else expect(menu.start).toBe(0);
  });
  it('keeps the page near the middle where the report allows', () => {
    expect(reportMenu(list, 50).items.indexOf(50)).toBe(REPORT_MENU_MAX / 2);
  });
});

describe('the contents list of a page', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('lists h2 and h3 headings', () => {
    expect(tocItems([h(2, 'a'), h(3, 'b'), h(4, 'c'), h(2, 'd')]).map((x) => x.slug)).toEqual(['a', 'b', 'd']);
  });
  it('is empty for a page with one such heading, or none', () => {
    expect(tocItems([h(2, 'a'), h(4, 'b')])).toEqual([]);
    expect(tocItems([])).toEqual([]);
  });
});
