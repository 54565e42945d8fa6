import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const paths = process.argv.slice(2);
const site = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
for (const width of [320, 360, 768, 1280]) {
  await page.setViewportSize({ width, height: 780 });
  for (const path of paths) {
    await page.goto(site.origin + path);
    const r = await page.evaluate(() => {
      const se = document.scrollingElement!;
      const header = document.querySelector('header')!.getBoundingClientRect().height;
      const charts = [...document.querySelectorAll('figure svg')].filter((s) => (s as SVGSVGElement).getBoundingClientRect().width > 0).map((s) => {
        const b = s.getBoundingClientRect();
        const vb = (s as SVGSVGElement).viewBox.baseVal;
        const scale = b.width / (vb?.width || b.width);
        const texts = [...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        const marks = [...s.querySelectorAll('[tabindex]')].map((m) => { const x = m.getBoundingClientRect(); return Math.min(x.width, x.height); });
        return `${s.getAttribute('data-chart')} left=${b.left.toFixed(0)} right=${b.right.toFixed(0)} w=${b.width.toFixed(0)} scale=${scale.toFixed(2)} minFont=${Math.min(...texts).toFixed(1)} minMark=${Math.min(...marks).toFixed(1)}`;
      });
      return { sw: se.scrollWidth, iw: innerWidth, header, charts };
    });
    console.log(width, path, `scrollW=${r.sw} header=${r.header.toFixed(0)}`, '\n   ' + r.charts.join('\n   '));
  }
}
await browser.close(); await site.stop();
