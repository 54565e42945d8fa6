/**
 * The printed report: file names of the PDFs (one per language) and where they live.
 * `npm run pdf` writes them to public/pdf/ (ignored by git), so every later build copies
 * them to dist/pdf/ and links them; a build without them shows no link.
 */
import type { Lang } from './i18n.ts';
import type { OrderedPage } from './reading.ts';
import { pageRegistry } from './pages.ts';

export const PDF_DIR = 'public/pdf';

export const pdfFileNames: Record<Lang, string> = { id: 'laporan-id.pdf', en: 'report-en.pdf' };

/** Site path of the PDF (without base): "pdf/laporan-id.pdf". */
export function pdfSitePath(lang: Lang): string {
  return `pdf/${pdfFileNames[lang]}`;
}

/**
 * The chapters of the printed report, in reading order: every chapter whose kind is printed
 * (src/lib/pages.ts). The explorer, the cite page and the claims ledger are web tools and stay
 * out (their charts and tables are printed on the charts and findings chapters); the charts
 * page is printed as the figures and the data page as the codebook.
 */
export function reportChapters<T extends OrderedPage>(pages: readonly T[]): T[] {
  return pageRegistry(pages).printed();
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
