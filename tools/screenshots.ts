/**
 * Takes screenshots of built pages in Chromium, for a person to look at:
 *   npm run screenshots -- /abstrak/ /en/            (default: both home pages)
 *   npm run screenshots -- --widths=360,1280 /temuan/
 * Writes PNGs to screenshots/ (ignored by git) at 360 px (a common Android phone, 360 × 780)
 * and 1280 px (or the given widths), light and dark, of the whole page; `--first-screen`
 * keeps only what shows before any scrolling.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveDist } from './lib/browser.ts';

const args = process.argv.slice(2);
const firstScreen = args.includes('--first-screen');
const widthsArg = args.find((a) => a.startsWith('--widths='));
const widths = widthsArg ? widthsArg.slice('--widths='.length).split(',').map(Number).filter((n) => n > 0) : [360, 1280];
const given = args.filter((a) => !a.startsWith('--'));
const paths = given.length ? given : ['/', '/en/'];
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });
const site = await serveDist();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const width of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: width < 768 ? 780 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.origin + path);
        const name = `${outDir}/${path.replace(/\W+/g, '_') || 'root'}-${width}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: !firstScreen });
        console.error(`screenshot: ${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.stop();
}
