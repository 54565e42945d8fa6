import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (files that failed or took longest last time first; on a fresh clone, with no
 * record, the largest files first), except that the parts of the site walk start first: they are
 * the longest suites but tiny files (tests/browser/pages-*.test.ts call tests/browser/walk.ts),
 * and started last they would run on their own at the end while a worker idles.
 */
class WalkFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const walk = (spec: TestSpecification) => /[\\/]pages-\d+\.test\.ts$/.test(spec.moduleId);
    const sorted = await super.sort(files);
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    const key = (spec: TestSpecification) => projects.indexOf(spec.project.name) * 2 + (walk(spec) ? 0 : 1);
    // A stable sort: projects keep Vitest's order, and so do the files within each group.
    return sorted.sort((a, b) => key(a) - key(b));
  }
}

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
    sequence: { sequencer: WalkFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'site', include: ['tests/{build,browser,search}/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
