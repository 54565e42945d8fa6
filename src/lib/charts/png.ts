/**
 * PNG of a chart, rasterised at build time from the same SVG with resvg (a Rust renderer with
 * prebuilt binaries and no JavaScript dependencies; no browser needed), on white, and written
 * by the build's PNG writer (../png.ts). Twice the SVG's size.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../png.ts';

/**
 * Fonts for every PNG the build makes (charts, link previews): DejaVu Sans from the npm
 * package `dejavu-fonts-ttf`, read once. Not the system's fonts: scanning them cost about
 * 25 ms per picture (one scan per Resvg instance, a third of the per-page build cost at 10×),
 * and the pictures then depend on what the machine has installed.
 */
const fontDir = `${createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) => fontDir + f);
export const pngFont = { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

export function chartPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: pngFont,
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height);
}
