/**
 * The printed report: file names of the PDFs (one per language) and where they live.
 * `npm run pdf` writes them to public/pdf/ (ignored by git), so every later build copies
 * them to dist/pdf/ and links them; a build without them shows no link.
 */
import type { Lang } from './i18n.ts';

export const PDF_DIR = 'public/pdf';

export const pdfFileNames: Record<Lang, string> = { id: 'laporan-id.pdf', en: 'report-en.pdf' };

/** Site path of the PDF (without base): "pdf/laporan-id.pdf". */
export function pdfSitePath(lang: Lang): string {
  return `pdf/${pdfFileNames[lang]}`;
}
