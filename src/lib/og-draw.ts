/**
 * Draws a link-preview card (./og-image.ts lays it out) into pixels and a PNG. The letters are
 * drawn by Skia through @napi-rs/canvas, with the DejaVu fonts from node_modules registered
 * under names of their own, so no system font is ever picked and the bytes are the same on
 * every build. A chart card's chart is drawn by resvg, as the chart PNGs are
 * (src/lib/charts/png.ts). Skia rather than resvg for the text: resvg lays each card's text
 * out as outlines and fills them, about 9 ms a card; Skia keeps a glyph cache and draws a
 * card in about 1 ms.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { pngFont } from './charts/png.ts';
import { cardLayout, fitInto, OG_HEIGHT, OG_INK, OG_WIDTH, type Measure, type OgCard } from './og-image.ts';
import { encodePng } from './png.ts';

const fontDir = `${createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;
const FAMILY = { regular: 'Card DejaVu Sans', bold: 'Card DejaVu Sans Bold' } as const;

let context: SKRSContext2D | null = null;
/** One canvas per thread, made on first use, with the card fonts registered. */
function cardContext(): SKRSContext2D {
  if (context) return context;
  for (const [file, family] of [['DejaVuSans.ttf', FAMILY.regular], ['DejaVuSans-Bold.ttf', FAMILY.bold]] as const) {
    GlobalFonts.registerFromPath(fontDir + file, family);
    if (!GlobalFonts.has(family)) throw new Error(`link-preview card: could not load ${fontDir}${file}`);
  }
  context = createCanvas(OG_WIDTH, OG_HEIGHT).getContext('2d');
  context.textBaseline = 'alphabetic';
  return context;
}

const fontOf = (size: number, bold: boolean) => `${size}px "${bold ? FAMILY.bold : FAMILY.regular}"`;

/** The card's pixels: OG_WIDTH × OG_HEIGHT, RGBA, every pixel opaque. */
export function ogPixels(card: OgCard): Uint8Array {
  const ctx = cardContext();
  const measure: Measure = (text, size, bold) => {
    ctx.font = fontOf(size, bold);
    return ctx.measureText(text).width;
  };
  const layout = cardLayout(card, measure);
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
  ctx.fillStyle = layout.band.fill;
  ctx.fillRect(0, 0, OG_WIDTH, layout.band.height);
  ctx.fillStyle = OG_INK;
  for (const run of layout.text) {
    ctx.font = fontOf(run.size, run.bold);
    ctx.fillText(run.text, run.x, run.y);
  }
  const pixels = ctx.canvas.data();
  if (layout.chartBox && card.chartSvg) {
    // The chart, drawn by resvg on the card's background, is copied in row by row (its pixels are opaque).
    // Its own size, read by resvg's parser: no fonts needed for that (loading them is about 9 ms an instance).
    const size = new Resvg(card.chartSvg, { font: { loadSystemFonts: false } });
    const at = fitInto(size.width, size.height, layout.chartBox);
    const chart = new Resvg(card.chartSvg, { background: layout.background, fitTo: { mode: 'width', value: at.width }, font: pngFont }).render();
    const chartPixels = chart.pixels; // a getter that copies the pixels out each time it is read
    const rows = Math.min(chart.height, OG_HEIGHT - at.y);
    const rowBytes = Math.min(chart.width, OG_WIDTH - at.x) * 4;
    for (let y = 0; y < rows; y++) pixels.set(chartPixels.subarray(y * chart.width * 4, y * chart.width * 4 + rowBytes), ((at.y + y) * OG_WIDTH + at.x) * 4);
  }
  return pixels;
}

/** The card as a PNG of exactly OG_WIDTH × OG_HEIGHT. `scratch` (from `ogScratch`) holds the rows if given. */
export function ogPng(card: OgCard, scratch?: Buffer): Buffer {
  return encodePng(ogPixels(card), OG_WIDTH, OG_HEIGHT, scratch);
}
