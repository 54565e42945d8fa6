/**
 * The pictures a build makes of each chart besides its pages, per language: the PNG download
 * (/data/charts/<name>.<lang>.png, twice the SVG's size) and the link-preview card of the chart's
 * own page (/grafik/embed/<name>/). Worked out from the same data and code as the pages
 * (src/lib/charts/site.ts), in a drawing thread (./og-worker.ts) while Astro bundles and renders;
 * ./og-images.ts uses each one only if the built site's SVG and card are the same, and draws it
 * again otherwise.
 */
import { chartPng } from '../lib/charts/png.ts';
import { chartSvgFile, siteCharts } from '../lib/charts/site.ts';
import { chartNames } from '../lib/charts/text.ts';
import { embedSlug } from '../lib/embed.ts';
import { languages } from '../lib/i18n.ts';
import { ogPng } from '../lib/og-draw.ts';
import { pageCard, type OgCard } from '../lib/og-image.ts';
import { chartDownloadPath, ogImagePath, pagePath } from '../lib/paths.ts';

export interface ChartPicture {
  /** The SVG download's text, as the build writes it. */
  svgFile: string;
  /** Under dist/: the SVG download, and the PNG download drawn from it. */
  svgPath: string;
  pngPath: string;
  png: Uint8Array;
  /** The chart page's link-preview card: its file under dist/, the card, its PNG. */
  cardPath: string;
  card: OgCard;
  cardPng: Uint8Array;
}

export async function chartPictures(): Promise<ChartPicture[]> {
  const charts = Object.fromEntries(await Promise.all(languages.map(async (lang) => [lang, await siteCharts(lang)] as const)));
  return languages.flatMap((lang) => chartNames.map((name) => {
    const { spec, svg } = charts[lang][name];
    const svgFile = chartSvgFile(svg);
    const card = pageCard(lang, spec.title, { chartSvg: svgFile });
    return {
      svgFile,
      svgPath: chartDownloadPath(name, lang, 'svg'),
      pngPath: chartDownloadPath(name, lang, 'png'),
      png: chartPng(svg),
      cardPath: ogImagePath(pagePath(lang, embedSlug(name), '/')),
      card,
      cardPng: ogPng(card),
    };
  }));
}
