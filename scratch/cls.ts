import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const site = await serveDist();
const browser = await launchBrowser();
for (const path of process.argv.slice(2)) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    (window as any).shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) (window as any).shifts.push({ value: e.value, sources: (e.sources || []).map((s: any) => s.node ? (s.node.className || s.node.nodeName) + ' ' + JSON.stringify(s.previousRect) + '→' + JSON.stringify(s.currentRect) : '?') }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  console.log(path, JSON.stringify(await page.evaluate(() => (window as any).shifts), null, 1).slice(0, 1500));
  await page.close();
}
await browser.close(); await site.stop();
