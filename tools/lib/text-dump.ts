/**
 * What a text browser, a reader mode or a crawler without CSS reads of a built page:
 * `w3m -dump` of the page, against `w3m -dump` of the page's own prose (the element marked
 * `data-prose`: the chapter's MDX text as ContentPage renders it, claim markers included).
 * The difference is everything else (header, navigation, contents, sources list, cite box,
 * footer): issue 13 keeps it at most 4,000 characters on every chapter page.
 * Characters are counted on the text with runs of white space collapsed to one space, so
 * w3m's indentation and line breaks do not count. Needs w3m (Debian: apt-get install w3m).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export interface TextDump {
  /** The whole page as w3m prints it. */
  page: string;
  /** The page's prose alone, as w3m prints it. */
  prose: string;
  pageChars: number;
  proseChars: number;
  /** pageChars − proseChars: the text beyond the prose. */
  beyond: number;
  /** The page's sources list (`[data-sources]`) alone, as w3m prints it; 0 without one. */
  sourcesChars: number;
  /** beyond − sourcesChars: the page's frame (header, navigation, contents, cite box, footer). */
  frame: number;
  /** The header's report menu (`.report-nav__panel`: one link per chapter), which grows with the report like the prose. */
  menuChars: number;
}

/** Characters of a text with white space collapsed (code points, so "—" counts once). */
export function countChars(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/** `w3m -dump` of an HTML string, as UTF-8 text 80 columns wide. */
export function w3mDump(html: string): string {
  const result = spawnSync('w3m', ['-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8'], { input: html, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`w3m could not run (${result.error.message}): install it (apt-get install w3m)`);
  if (result.status !== 0) throw new Error(`w3m failed: ${result.stderr}`);
  return result.stdout;
}

/** The dump of a page's HTML and of its prose; a page without `data-prose` fails, naming `where`. */
export function textDump(html: string, where: string): TextDump {
  const { document } = parseHTML(html);
  const prose = document.querySelector('[data-prose]');
  if (!prose) throw new Error(`${where}: no element marked data-prose (the page's own text): is it a content page?`);
  // One part of the page on its own, in the page's language.
  const dumpOf = (el: Element) => w3mDump(`<!doctype html><html lang="${document.documentElement.getAttribute('lang') ?? ''}"><meta charset="utf-8"><body>${el.outerHTML}</body></html>`);
  const charsOf = (selector: string) => {
    const el = document.querySelector(selector);
    return el ? countChars(dumpOf(el)) : 0;
  };
  const page = w3mDump(html);
  const proseText = dumpOf(prose);
  const pageChars = countChars(page);
  const proseChars = countChars(proseText);
  const sourcesChars = charsOf('[data-sources]');
  const beyond = pageChars - proseChars;
  return { page, prose: proseText, pageChars, proseChars, beyond, sourcesChars, frame: beyond - sourcesChars, menuChars: charsOf('.report-nav__panel') };
}

/** The dump of a built page, by its site path ("/en/temuan/"). */
export function pageTextDump(dist: string, path: string): TextDump {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return textDump(readFileSync(file, 'utf8'), path);
}
