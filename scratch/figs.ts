import { mkdirSync } from 'node:fs';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const [width, scheme, path, ...ids] = process.argv.slice(2);
mkdirSync('scratch/shots', { recursive: true });
const site = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: Number(width), height: 780 });
await page.emulateMedia({ colorScheme: scheme as 'light' | 'dark' });
await page.goto(site.origin + path);
for (const id of ids) {
  const name = `scratch/shots/fig${path.replace(/\W+/g, '_')}${id}-${width}-${scheme}.png`;
  await page.locator(id.startsWith('#') || id.startsWith('.') ? id : `#chart-${id}`).first().screenshot({ path: name });
  console.log(name);
}
await browser.close(); await site.stop();
