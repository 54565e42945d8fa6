/**
 * Link-preview pictures (`og:image`): a 1200 × 630 PNG per page, drawn at build time as an
 * SVG and rasterised by resvg with the same fonts as the chart PNGs (src/lib/charts/png.ts),
 * so the bytes are the same on every build. A text card shows the page's title in its
 * language, the site's name and subtitle; a chart's card shows the chart itself.
 */
import { escapeHtml } from './html.ts';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { pngFont } from './charts/png.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 72;

export interface OgCard {
  /** The page's title (or the chart's), in the page's language. */
  title: string;
  siteName: string;
  /** A small line at the foot of the card (the site's subtitle). */
  footer: string;
  /** A chart's SVG to show under the title (a chart's own page). */
  chartSvg?: string;
}

/** SVG text is XML: the one escaper (src/lib/html.ts) serves. */
export const escapeXml = escapeHtml;

/** Generous average advances of DejaVu Sans (em per character), so a line never runs off the card. */
const ADVANCE = { regular: 0.58, bold: 0.7 } as const;

/** Greedy word wrap by an average advance; a word longer than a line stays whole on its own line. */
export function wrapText(text: string, fontSize: number, width: number, weight: keyof typeof ADVANCE = 'regular'): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * ADVANCE[weight])));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest of the given sizes at which the (bold) text fits in maxLines; the smallest (cut with "…") otherwise. */
export function fitTitle(text: string, width: number, maxLines: number, sizes: number[]): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, size, width, 'bold');
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapText(text, size, width, 'bold').slice(0, maxLines);
  lines[maxLines - 1] += ' …';
  return { size, lines };
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  const tspans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * 1.2)}">${escapeXml(l)}</tspan>`).join('');
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${tspans}</text>`;
}

/** Place a chart's <svg> (with its viewBox) into a box of the card; the viewBox keeps its proportions. */
export function placeChart(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const start = svg.indexOf('<svg');
  const end = svg.indexOf('>', start);
  if (start < 0 || end < 0 || !/viewBox="/.test(svg.slice(start, end))) throw new Error('og image: the chart SVG has no <svg viewBox>');
  const open = svg
    .slice(start, end)
    .replace(/\s(width|height|x|y|preserveAspectRatio)="[^"]*"/g, '')
    .concat(` x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet"`);
  return open + svg.slice(end);
}

export function ogCardSvg(card: OgCard): string {
  const inner = OG_WIDTH - 2 * PAD;
  const font = 'font-family="DejaVu Sans"';
  const head = textLines([card.siteName], PAD, PAD + 22, 26, `${font} font-weight="bold" fill="#1f5f4a"`);
  const footLines = wrapText(card.footer, 22, inner).slice(0, 2);
  const foot = textLines(footLines, PAD, OG_HEIGHT - PAD + 8 - (footLines.length - 1) * 26, 22, `${font} fill="#4f4c45"`);
  let body: string;
  if (card.chartSvg) {
    const { size, lines } = fitTitle(card.title, inner, 1, [40, 34, 28]);
    const titleY = PAD + 22 + 24 + size;
    const top = titleY + 24;
    body = textLines(lines, PAD, titleY, size, `${font} font-weight="bold" fill="#1c1b19"`)
      + placeChart(card.chartSvg, { x: PAD, y: top, width: inner, height: OG_HEIGHT - PAD - 70 - top });
  } else {
    const { size, lines } = fitTitle(card.title, inner, 4, [72, 60, 50, 42]);
    const blockHeight = size + (lines.length - 1) * Math.round(size * 1.2);
    const y = Math.round((OG_HEIGHT - blockHeight) / 2 + size * 0.8);
    body = textLines(lines, PAD, y, size, `${font} font-weight="bold" fill="#1c1b19"`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${card.chartSvg ? '#ffffff' : '#fdfcf9'}"/>`,
    `<rect width="${OG_WIDTH}" height="14" fill="#1f5f4a"/>`,
    head,
    body,
    foot,
    '</svg>',
  ].join('');
}

const ogOptions = { background: '#ffffff', fitTo: { mode: 'original' as const }, font: pngFont };

/**
 * PNG bytes of RGBA pixels: rows with filter 0 and zlib's deflate at level 6. Not resvg's own
 * encoder (`asPng`): on a card it takes the same time and writes files about 1.5 times larger
 * (27 KB against 19 KB). Not pngjs (already a devDependency, for the tests' decoding): tried on
 * a card, it took twice as long and its sync and stream writers gave different bytes.
 */
function pngChunks(width: number, height: number, idat: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The pixels as PNG scanlines: a filter byte (0, none) before each row. Into `scratch` when it is big
 * enough (a drawing worker reuses one: a card's rows are 3 MB, and a new buffer per card made the
 * garbage collector a large share of a big build), else into a new buffer.
 */
function scanlines(pixels: Buffer, width: number, height: number, scratch?: Buffer): Buffer {
  const stride = width * 4;
  const size = (stride + 1) * height;
  const out = scratch && scratch.length >= size ? scratch.subarray(0, size) : Buffer.alloc(size);
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = 0;
    pixels.copy(out, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return out;
}

/** A buffer for `ogPng` to build a card's scanlines in (a drawing thread keeps one). */
export function ogScratch(): Buffer {
  return Buffer.allocUnsafe((OG_WIDTH * 4 + 1) * OG_HEIGHT);
}

const deflateOptions = { level: 6 };

/** The card as a PNG of exactly OG_WIDTH × OG_HEIGHT. `scratch` (from `ogScratch`) holds the scanlines if given. */
export function ogPng(svg: string, scratch?: Buffer): Buffer {
  const image = new Resvg(svg, ogOptions).render();
  return pngChunks(image.width, image.height, deflateSync(scanlines(image.pixels, image.width, image.height, scratch), deflateOptions));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), for checks without an image library. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
