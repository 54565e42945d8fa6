import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const site = await serveDist();
const browser = await launchBrowser();
for (let i = 0; i < 4; i++) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    (window as any).log = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) (window as any).log.push({ v: e.value.toFixed(3), t: Math.round(e.startTime), src: (e.sources || []).map((s: any) => s.node?.className ?? s.node?.nodeName) }); }).observe({ type: 'layout-shift', buffered: true });
    const snap = (label: string) => { const h = document.querySelector('header'); const t = document.querySelector('.reading__toc'); (window as any).log.push({ label, header: h?.getBoundingClientRect().height, toc: t?.getBoundingClientRect().height, t: Math.round(performance.now()) }); };
    document.addEventListener('DOMContentLoaded', () => snap('dcl'));
    addEventListener('load', () => snap('load'));
    requestAnimationFrame(() => snap('raf1'));
  });
  await page.goto(site.origin + '/jelajah/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  console.log(JSON.stringify(await page.evaluate(() => (window as any).log)));
  await page.close();
}
await browser.close(); await site.stop();
