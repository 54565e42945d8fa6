/**
 * The printed report: file names of the PDFs (one per language) and where they live.
 * `npm run pdf` writes them to public/pdf/ (ignored by git), so every later build copies
 * them to dist/pdf/ and links them; a build without them shows no link.
 */
import type { Lang } from './i18n.ts';
import { chapters, type OrderedPage } from './reading.ts';

export const PDF_DIR = 'public/pdf';

export const pdfFileNames: Record<Lang, string> = { id: 'laporan-id.pdf', en: 'report-en.pdf' };

/** Site path of the PDF (without base): "pdf/laporan-id.pdf". */
export function pdfSitePath(lang: Lang): string {
  return `pdf/${pdfFileNames[lang]}`;
}

/**
 * Pages of the site that are web tools, not text to read: the explorer (filters and
 * clickable charts; its charts and findings table are printed on the charts and findings
 * chapters) and the cite page (copy buttons and downloads; the report's title page names
 * the study). They stay out of the printed report; every other chapter is printed in
 * reading order, the charts page as the figures and the data page as the codebook.
 */
export const WEB_ONLY_SLUGS: readonly string[] = ['jelajah', 'kutip', 'klaim'];

/** The chapters of the printed report, in reading order. */
export function reportChapters<T extends OrderedPage>(pages: readonly T[]): T[] {
  return chapters(pages).filter((p) => !WEB_ONLY_SLUGS.includes(p.slug));
}

/** Page numbers per chapter read back from the text of a printed PDF (pdftotext: pages split by form feeds). */
export function findChapterPages(pdfText: string, titles: string[], contentsTitle: string): number[] {
  const pages = pdfText.split('\f').map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean));
  const head = (i: number) => pages[i].slice(0, 4);
  const toc = pages.findIndex((lines, i) => head(i).includes(contentsTitle));
  if (toc === -1) throw new Error(`print: the contents page ("${contentsTitle}") is not in the PDF text`);
  const found: number[] = [];
  let cursor = toc + 1;
  for (const title of titles) {
    let i = cursor;
    while (i < pages.length && !head(i).includes(title)) i++;
    if (i >= pages.length) throw new Error(`print: chapter "${title}" does not start a page after page ${cursor}`);
    found.push(i + 1);
    cursor = i + 1;
  }
  return found;
}
