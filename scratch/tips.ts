import { launchBrowser, serveDist } from '../tests/support/browser.ts';
const site = await serveDist();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 320, height: 780 });
for (const path of process.argv.slice(2)) {
  await page.goto(site.origin + path);
  const refs = page.locator('.claim__ref');
  const n = await refs.count();
  let bad = 0, worst = 0;
  for (let i = 0; i < n; i++) {
    await refs.nth(i).focus();
    const r = await refs.nth(i).evaluate((el) => { const tip = el.closest('.claim')!.querySelector('.claim__tip')!; const b = tip.getBoundingClientRect(); return { left: b.left, right: b.right, sw: document.scrollingElement!.scrollWidth }; });
    if (r.left < 0 || r.right > 320) { bad++; worst = Math.max(worst, r.right - 320, -r.left); }
  }
  console.log(path, 'claims', n, 'tips outside', bad, 'worst by', Math.round(worst));
}
await browser.close(); await site.stop();
