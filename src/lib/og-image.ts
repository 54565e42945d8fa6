/**
 * Link-preview pictures (`og:image`): a 1200 × 630 PNG per page, drawn at build time
 * (./og-draw.ts) from a card: the page's title in its language, the site's name and
 * subtitle; a chart's card shows the chart itself under its title. This module is the
 * card's layout, free of native code, so pages that only name the picture's size
 * (CiteMeta.astro) load nothing heavy. The PNG writer is ./png.ts.
 */

import { t, type Lang } from './i18n.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 72;
/** Every letter of a card is drawn in this one ink: with one ink a text card has under 256 colours, so its PNG is a palette PNG (see `encodePng`). */
export const OG_INK = '#1c1b19';
export const OG_ACCENT = '#1f5f4a';

export interface OgCard {
  /** The page's title (or the chart's), in the page's language. */
  title: string;
  siteName: string;
  /** A small line at the foot of the card (the site's subtitle). */
  footer: string;
  /** A chart's SVG to show under the title (a chart's own page). */
  chartSvg?: string;
}

/** A page's card in its language: the site's name (unless the page names it) and subtitle around its title. */
export function pageCard(lang: Lang, title: string, more: { siteName?: string; chartSvg?: string } = {}): OgCard {
  return { title, siteName: more.siteName ?? t(lang, 'site.title'), footer: t(lang, 'site.subtitle'), ...(more.chartSvg !== undefined ? { chartSvg: more.chartSvg } : {}) };
}

/** How wide a text is at a font size, in bold or not: the drawing's own measure (og-draw.ts), or an estimate in tests. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Greedy word wrap by measured width; a word longer than a line stays whole on its own line. */
export function wrapText(text: string, width: number, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest of the given sizes at which the (bold) text fits in maxLines; the smallest, cut with "…" where it still fits, otherwise. */
export function fitTitle(text: string, width: number, maxLines: number, sizes: number[], measure: Measure): { size: number; lines: string[] } {
  const fitsAt = (size: number) => (line: string) => measure(line, size, true) <= width;
  for (const size of sizes) {
    const lines = wrapText(text, width, fitsAt(size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapText(text, width, fitsAt(size)).slice(0, maxLines);
  let last = lines[maxLines - 1].split(' ');
  while (last.length > 1 && !fitsAt(size)(`${last.join(' ')} …`)) last = last.slice(0, -1);
  lines[maxLines - 1] = `${last.join(' ')} …`;
  return { size, lines };
}

/** One line of text on the card: its left edge and baseline, size and weight. */
export interface TextRun { text: string; x: number; y: number; size: number; bold: boolean }
export interface CardLayout {
  background: string;
  /** The accent band along the top edge. */
  band: { height: number; fill: string };
  text: TextRun[];
  /** Where a chart card's chart goes (it keeps its proportions inside, centred). */
  chartBox: { x: number; y: number; width: number; height: number } | null;
}

const runs = (lines: string[], x: number, y: number, size: number, bold: boolean, leading = Math.round(size * 1.2)): TextRun[] =>
  lines.map((text, i) => ({ text, x, y: y + i * leading, size, bold }));

/** Where everything on the card goes, measured with the font that will draw it. */
export function cardLayout(card: OgCard, measure: Measure): CardLayout {
  const inner = OG_WIDTH - 2 * PAD;
  const head = runs([card.siteName], PAD, PAD + 22, 26, true);
  const footLines = wrapText(card.footer, inner, (line) => measure(line, 22, false) <= inner).slice(0, 2);
  const foot = runs(footLines, PAD, OG_HEIGHT - PAD + 8 - (footLines.length - 1) * 26, 22, false, 26);
  if (card.chartSvg) {
    const { size, lines } = fitTitle(card.title, inner, 1, [40, 34, 28], measure);
    const titleY = PAD + 22 + 24 + size;
    const top = titleY + 24;
    return {
      background: '#ffffff',
      band: { height: 14, fill: OG_ACCENT },
      text: [...head, ...runs(lines, PAD, titleY, size, true), ...foot],
      chartBox: { x: PAD, y: top, width: inner, height: OG_HEIGHT - PAD - 70 - top },
    };
  }
  const { size, lines } = fitTitle(card.title, inner, 4, [72, 60, 50, 42], measure);
  const blockHeight = size + (lines.length - 1) * Math.round(size * 1.2);
  const y = Math.round((OG_HEIGHT - blockHeight) / 2 + size * 0.8);
  return { background: '#fdfcf9', band: { height: 14, fill: OG_ACCENT }, text: [...head, ...runs(lines, PAD, y, size, true), ...foot], chartBox: null };
}

/** A chart of `width` × `height` scaled into a box, keeping its proportions, centred. */
export function fitInto(width: number, height: number, box: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number } {
  const scale = Math.min(box.width / width, box.height / height);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  return { x: box.x + Math.floor((box.width - w) / 2), y: box.y + Math.floor((box.height - h) / 2), width: w, height: h };
}

/** A buffer for `encodePng` (./png.ts) to build a card's rows in (a drawing thread keeps one: a new 2 MB buffer per card kept the garbage collector busy in a large build). */
export function ogScratch(): Buffer {
  return Buffer.allocUnsafe((OG_WIDTH * 3 + 1) * OG_HEIGHT);
}
