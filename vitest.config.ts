import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: tests/unit, pure functions and loaders on fixtures; need no build, run in parallel
 *   (`npm run test:unit`, part of `npm run check`);
 * - site: tests/build, tests/browser, tests/search, over the built dist/ (`npm run test:site`
 *   after `npm run build`). Browser and build tests start Chromium or Astro, so they get room.
 * `npm test` runs unit, then the build, then site.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'site', include: ['tests/{build,browser,search}/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
