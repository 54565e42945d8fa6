/**
 * The Content-Security-Policy is enforced, not just present: an injected inline script is
 * blocked. Every page's own checks (CSP, no JavaScript, budgets, axe) run in the site walk,
 * tests/browser/walk.ts, on one page load per mode.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt, root } from '../../tools/lib/site.ts';
import { launchBrowser, serveDist, type Browser, type Site } from '../../tools/lib/browser.ts';

requireBuilt(join(root, 'dist'));
let site: Site;
let withJs: Browser;

beforeAll(async () => {
  site = await serveDist();
  withJs = await launchBrowser();
  await withJs.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
});
afterAll(async () => {
  await withJs?.close();
  await site?.stop();
});

describe('Content-Security-Policy', () => {
  it('blocks an injected inline script (the policy is enforced, not just present)', async () => {
    const page = await withJs.context.newPage();
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });
});
