/**
 * Prints the whole report, one PDF per language, with headless Chromium (playwright-core):
 *   npm run pdf
 * Needs a built site (dist/). For each language it gathers every chapter in reading order
 * (src/generated/pages.json, standalone pages left out) into one document with a title
 * page, a table of contents and the references, prints it, reads the page on which each
 * chapter starts back from the PDF with pdftotext (poppler-utils), writes those numbers
 * into the contents and prints again. Running headers (the site's title and the
 * chapter's) and page numbers are CSS page-margin boxes on named pages, one per chapter.
 * The site's Content-Security-Policy allows no inline style, and the print pipeline keeps
 * it: the report's styles are a real stylesheet on the site's own origin (a route of this
 * browser page, REPORT_CSS_PATH), linked like any other. The PDFs go to public/pdf/ (ignored by git);
 * the script then rebuilds the site so dist/pdf/ holds them and the pages link them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, serveDist } from './lib/browser.ts';
import { languages, t, type Lang } from '../src/lib/i18n.ts';
import { formatUpdated, type OrderedPage } from '../src/lib/reading.ts';
import { pagePath } from '../src/lib/paths.ts';
import { parseWith, studySchema } from '../src/lib/schemas.ts';
import { PDF_DIR, findChapterPages, pdfFileNames, reportChapters } from '../src/lib/print.ts';
import { lastCommitDate } from '../src/lib/git-dates.ts';
import { escapeHtml } from '../src/lib/html.ts';

const root = process.cwd();

export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`pdftotext failed on ${file}: ${result.error?.message ?? result.stderr}. Install Debian's poppler-utils (apt-get install -y poppler-utils).`);
  }
  return result.stdout;
}

export function pdfPageCount(file: string): number {
  return pdfText(file).split('\f').filter((p) => p.trim()).length;
}

const escape = escapeHtml;

/** Where the print page finds the report's stylesheet (served by a route, never written to dist/). */
export const REPORT_CSS_PATH = '/__print/report.css';

const REPORT_CSS = `
  .report-title { page: report-title; break-after: page; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
  .report-title h1 { font-size: 26pt; line-height: 1.2; margin: 0 0 8mm; }
  .report-title p { margin: 0 0 3mm; max-width: none; }
  .report-toc { page: report-toc; break-after: page; }
  .report-toc ol { list-style: none; padding: 0; }
  .report-toc li { display: flex; gap: 4mm; border-bottom: 1px dotted #999; padding: 1.5mm 0; max-width: none; }
  .report-toc li a { flex: 1; text-decoration: none; }
  .report-toc li a::after { content: none !important; }
  .report-chapter { break-before: page; }
  .report-chapter .page-meta { display: none; }
`;

interface Chapter { slug: string; title: string; html: string }

const css = (s: string) => JSON.stringify(s);
const MARGIN_TEXT = 'font: 8pt system-ui, sans-serif; color: #444;';

/** Running headers and page numbers: every page but the title page, each chapter with its own title. */
function pageCss(lang: Lang, chapters: Chapter[]): string {
  const named = [{ name: 'report-toc', title: t(lang, 'pdf.contents') }, ...chapters.map((c) => ({ name: `ch-${c.slug}`, title: c.title }))];
  return `
    @page { size: A4; margin: 22mm 18mm 20mm;
      @top-left { content: ${css(t(lang, 'site.title'))}; ${MARGIN_TEXT} }
      @bottom-center { content: counter(page); ${MARGIN_TEXT} } }
    @page report-title { @top-left { content: none; } @bottom-center { content: none; } }
    ${named.map((n) => `@page ${n.name} { @top-right { content: ${css(n.title)}; ${MARGIN_TEXT} } }`).join('\n')}
    ${chapters.map((c) => `#ch-${c.slug} { page: ch-${c.slug}; }`).join('\n')}`;
}

/** The text of one chapter as the site renders it, with ids made unique within the report. */
async function chapterHtml(context: BrowserContext, url: string, slug: string): Promise<string> {
  const page = await context.newPage();
  try {
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`print: ${url} answered HTTP ${response?.status()}`);
    return await page.evaluate((prefix) => {
      const article = document.querySelector('article.prose')!.cloneNode(true) as HTMLElement;
      // Web controls stay out: navigation, cite boxes and "#" anchors (the title page cites the study).
      article.querySelectorAll('h1, .pager, .back-to-top, .page-meta, .chapters, .cite, .section-heading__anchor, script, style').forEach((el) => el.remove());
      for (const el of article.querySelectorAll('[id]')) el.id = `${prefix}--${el.id}`;
      for (const el of article.querySelectorAll('[aria-describedby]')) el.setAttribute('aria-describedby', `${prefix}--${el.getAttribute('aria-describedby')}`);
      for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) a.setAttribute('href', `#${prefix}--${a.getAttribute('href')!.slice(1)}`);
      return article.innerHTML;
    }, slug);
  } finally {
    await page.close();
  }
}

function reportDocument(lang: Lang, chapters: Chapter[], pageNumbers: (number | undefined)[]): string {
  const tr = (key: Parameters<typeof t>[1]) => escape(t(lang, key));
  const study = parseWith(studySchema, JSON.parse(readFileSync(join(root, 'src/data/study.json'), 'utf8')), 'src/data/study.json');
  const edition = lastCommitDate('.', root);
  const toc = chapters.map((c, i) => `<li><a href="#ch-${c.slug}">${escape(c.title)}</a><span class="report-toc__page">${pageNumbers[i] ?? '000'}</span></li>`).join('');
  const body = chapters.map((c) => `<section class="report-chapter prose" id="ch-${c.slug}"><h1>${escape(c.title)}</h1>${c.html}</section>`).join('');
  return `<div class="report-title prose">
      <h1>${tr('site.title')}</h1>
      <p class="lead">${tr('site.subtitle')}</p>
      <p>${escape(`${study.author.given} ${study.author.family}`)}, <cite lang="id">${escape(study.title)}</cite>. ${tr('study.genre')}, ${escape(study.university)}. ${tr('meta.year')}: ${study.year ?? tr('meta.notStated')}.</p>
      <p>${tr('pdf.reportTitle')}. ${tr('pdf.edition')}${edition ? ` ${escape(formatUpdated(edition, lang))}` : ''}.</p>
      <p>${tr('footer.about')}</p>
    </div>
    <nav class="report-toc prose"><h1>${tr('pdf.contents')}</h1><ol>${toc}</ol></nav>
    ${body}`;
}

export interface PrintResult { file: string; pages: number; chapterPages: number[]; titles: string[] }

/** Print the report of one language into `file`. */
export async function printReport(context: BrowserContext, origin: string, lang: Lang, file: string): Promise<PrintResult> {
  const pages: OrderedPage[] = JSON.parse(readFileSync(join(root, 'src/generated/pages.json'), 'utf8'));
  const list = reportChapters(pages);
  const chapterList: Chapter[] = [];
  for (const p of list) chapterList.push({ slug: p.slug, title: p.titles[lang], html: await chapterHtml(context, origin + pagePath(lang, p.slug), p.slug) });
  // The references come from the site's own references page (citation-js, APA): never a second formatter.
  if (!list.some((p) => p.kind === 'references')) throw new Error('pdf: the report needs the references page (a page with `kind: references` in src/content/pages/<lang>/)');
  const titles = chapterList.map((c) => c.title);
  const page = await context.newPage();
  try {
    const stylesheet = REPORT_CSS + pageCss(lang, chapterList);
    await page.route(origin + REPORT_CSS_PATH, (route) => route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: stylesheet }));
    await page.goto(origin + pagePath(lang, ''));
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addStyleTag({ url: REPORT_CSS_PATH });
    const tmp = mkdtempSync(join(tmpdir(), 'cg-pdf-'));
    let numbers: (number | undefined)[] = [];
    let found: number[] = [];
    try {
      // Print, read the chapter pages back, print again until the numbers hold (two passes in practice).
      for (let pass = 1; pass <= 3; pass++) {
        const html = reportDocument(lang, chapterList, numbers);
        await page.evaluate((markup) => {
          document.querySelector('main')!.innerHTML = markup;
          document.title = document.querySelector('.report-title h1')!.textContent!;
        }, html);
        const out = join(tmp, `pass${pass}.pdf`);
        await page.pdf({ path: out, printBackground: true, preferCSSPageSize: true });
        found = findChapterPages(pdfText(out), titles, t(lang, 'pdf.contents'));
        if (found.join() === numbers.join()) {
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, readFileSync(out));
          return { file, pages: pdfPageCount(file), chapterPages: found, titles };
        }
        numbers = found;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    throw new Error(`print: page numbers of the ${lang} report did not settle (${found.join(', ')})`);
  } finally {
    await page.close();
  }
}

async function main() {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('pdf: dist/ is missing: run "npm run build" first');
  const site = await serveDist();
  const browser = await launchBrowser();
  try {
    for (const lang of languages) {
      const started = performance.now();
      const result = await printReport(browser.context, site.origin, lang, join(root, PDF_DIR, pdfFileNames[lang]));
      console.error(`pdf: ${result.file.slice(root.length + 1)}: ${result.pages} pages, chapters start on ${result.chapterPages.join(', ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  // Rebuild so dist/pdf/ holds the PDFs and the pages link them (the links appear only when they exist).
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
