import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS, serveDist } from '../tests/support/browser.ts';
const site = await serveDist();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)) });
for (const path of process.argv.slice(2)) {
  const result = await lighthouse(site.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const lhr = result!.lhr;
  const s = (id: string) => Math.round((lhr.categories[id].score ?? 0) * 100);
  console.log(path, 'perf', s('performance'), 'a11y', s('accessibility'), 'bp', s('best-practices'), 'seo', s('seo'), 'LCP', lhr.audits['largest-contentful-paint'].displayValue, 'CLS', lhr.audits['cumulative-layout-shift'].displayValue, 'TBT', lhr.audits['total-blocking-time'].displayValue);
  for (const c of Object.values(lhr.categories)) for (const ref of c.auditRefs) { const a = lhr.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log('   below 100:', c.id, a.id, a.displayValue ?? ''); }
}
await chrome.kill(); await site.stop();
