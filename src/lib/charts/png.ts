/**
 * PNG of a chart, rasterised at build time from the same SVG with resvg (a Rust renderer with
 * prebuilt binaries and no JavaScript dependencies; no browser needed). Twice the SVG's size.
 */
import { Resvg } from '@resvg/resvg-js';

/** Fonts for every PNG the build makes (charts, link previews): Debian's DejaVu Sans. */
export const pngFont = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

export function chartPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: pngFont,
  });
  return resvg.render().asPng();
}
