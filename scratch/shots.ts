import { mkdirSync } from 'node:fs';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const [widthArg, ...paths] = process.argv.slice(2);
const widths = widthArg.split(',').map(Number);
mkdirSync('scratch/shots', { recursive: true });
const site = await serveDist();
const browser = await launchBrowser();
for (const path of paths) for (const width of widths) for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 780 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(site.origin + path);
  const name = `scratch/shots/${path.replace(/\W+/g, '_') || 'root'}-${width}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
  if (process.env.OPEN) { await page.locator('[data-report-nav] summary').click(); await page.screenshot({ path: name.replace('.png', '-menu.png') }); }
  console.log(name);
  await page.close();
}
await browser.close(); await site.stop();
