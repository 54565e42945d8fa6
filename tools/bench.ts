/**
 * Benchmark (not part of npm test): `npm run bench` prints
 *  1. build time (data loaders, Astro, Pagefind, total; median of 3 clean builds);
 *  2. per page type: HTML, CSS, JS and font bytes (raw / gzipped) and requests, measured in
 *     Chromium; a type whose page does not exist yet prints "n/a";
 *  3. Lighthouse scores (mobile preset) and LCP, CLS, TBT, with Debian's Chromium;
 *  4. scale: the same build on a synthetic copy with 10× and 100× the chapters, generated in
 *     a temporary directory (never in src/), with the cost per page and per added page, beside
 *     Starlight's build of the same pages; 1× and 10× are medians of three builds, in turn with
 *     Starlight's, and the project's build is also given by stage.
 * `npm run bench -- --quick` runs one build instead of three and skips the 100× copy;
 * `npm run bench -- --scale` runs only the scale test (4); `--no-scale` skips it.
 * Results also go to bench-results/latest.md (ignored by git).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser, serveDist } from './lib/browser.ts';
import { measurePage, type PageCost } from './lib/measure.ts';
import { htmlPages, registryKindOf, siteRegistry } from './lib/site.ts';
import type { PageKind as RegistryKind } from '../src/lib/pages.ts';
import { pagePath } from '../src/lib/paths.ts';
import { syntheticCopy } from './lib/scale.ts';
import { starlightCopy } from './lib/starlight.ts';
import { pageTextDump } from './lib/text-dump.ts';
import { chapters } from '../src/lib/reading.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Canonical and hreflang links are absolute only with SITE_URL (as a deployment sets it);
// Lighthouse's SEO audits reject relative ones, so the bench builds as a deployment would.
process.env.SITE_URL ??= 'https://example.org';
const root = process.cwd();
const quick = process.argv.includes('--quick');
const scaleOnly = process.argv.includes('--scale');
const noScale = process.argv.includes('--no-scale');
const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - t0;
}

/**
 * One build of the project in cwd (`npm run build`: scripts/build.ts), dist/ removed first: the
 * wall time of the whole process, and its stages as the build reports them. The data loaders run
 * alongside Astro's start, so the stages add up to more than the total. `cold`: as on CI, nothing
 * from the caches earlier builds left in node_modules/.cache (every loader runs, every picture is drawn).
 */
function build(cwd: string, cold = false): { data: number; astro: number; pagefind: number; total: number } {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const timings = join(cwd, 'dist-timings.json');
  const total = run([join(cwd, 'scripts', 'build.ts'), '--timings', timings, ...(cold ? ['--force'] : [])], cwd, cold ? { PICTURE_CACHE: 'off' } : {});
  const stages = JSON.parse(readFileSync(timings, 'utf8')) as { data: number; astro: number; pagefind: number };
  rmSync(timings);
  return { data: stages.data * 1000, astro: stages.astro * 1000, pagefind: stages.pagefind * 1000, total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function table(head: string[], rows: string[][]) {
  print(`| ${head.join(' | ')} |`);
  print(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) print(`| ${row.join(' | ')} |`);
  print();
}

if (!scaleOnly) {
  // 1. Build time
  const runs = Array.from({ length: quick ? 1 : 3 }, () => build(root));
  print(`## Build time (median of ${runs.length}; SITE_URL=${process.env.SITE_URL})`);
  print();
  table(
    ['stage', 'time'],
    (['data', 'astro', 'pagefind', 'total'] as const).map((stage) => [stage === 'data' ? 'data loaders (while Astro loads)' : stage === 'astro' ? 'Astro' : stage === 'pagefind' ? 'Pagefind' : 'total', seconds(median(runs.map((r) => r[stage])))]),
  );

  // 2. Page types: the first built page of each kind (src/lib/pages.ts; Indonesian pages).
  const built = new Set(htmlPages(join(root, 'dist')));
  const ofKinds = (kinds: RegistryKind[]) => siteRegistry().slugsOf(kinds).map((slug) => pagePath('id', slug));
  const pageTypes: [string, string[]][] = [
    ['home', ofKinds(['home'])],
    ['a chapter', ofKinds(['chapter', 'summary', 'abstract'])],
    ['findings chapter', ofKinds(['findings'])],
    ['charts', ofKinds(['charts'])],
    ['explorer', ofKinds(['explorer'])],
    ['search', ofKinds(['search'])],
    ['glossary', ofKinds(['glossary'])],
  ];
  const chosen = pageTypes.map(([type, candidates]) => [type, candidates.find((p) => built.has(p)) ?? null] as const);

  const site = await serveDist();
  const costs = new Map<string, PageCost>();
  try {
    const browser = await launchBrowser();
    try {
      for (const path of built) costs.set(path, await measurePage(browser.context, site.origin + path));
    } finally {
      await browser.close();
    }
    print('## Bytes per page type (raw / gzipped) and requests on load');
    print();
    const bytes = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
    table(
      ['page type', 'page', 'HTML', 'CSS', 'JS', 'fonts', 'total gzipped', 'requests'],
      chosen.map(([type, path]) => {
        const c = path ? costs.get(path) : undefined;
        if (!c) return [type, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
        return [type, path!, bytes(c.html), bytes(c.css), bytes(c.js), bytes(c.font), kb(c.html.gzip + c.css.gzip + c.js.gzip + c.font.gzip), String(c.requests.length)];
      }),
    );

    // Issue 13 (provenance shown once): what a text browser reads beyond each chapter's prose, and the HTML of the
    // findings chapter and the charts page against Starlight's page for the same text (issue 13's figures: 7.3 KB, 9.6 KB).
    print('## Text beyond the prose (w3m -dump, characters) and HTML against Starlight (issue 13)');
    print();
    // Read after the build above wrote it (a fresh clone has no src/generated/ before).
    const pagesJson = JSON.parse(readFileSync(join(root, 'src', 'generated', 'pages.json'), 'utf8')) as Parameters<typeof chapters>[0];
    const dumps = chapters(pagesJson).flatMap((p) => (['id', 'en'] as const).map((lang) => pagePath(lang, p.slug))).map((path) => [path, pageTextDump(join(root, 'dist'), path)] as const);
    const longest = [...dumps].sort(([, a], [, b]) => b.beyond - a.beyond)[0];
    const starlightKb = { findings: 7.3, charts: 9.6 };
    const against = (kind: 'findings' | 'charts') => (['id', 'en'] as const).map((lang) => {
      const c = costs.get(pagePath(lang, siteRegistry().slugOf(kind)));
      return c ? `${pagePath(lang, siteRegistry().slugOf(kind))} ${c.html.gzip} B (${(c.html.gzip / (starlightKb[kind] * 1024)).toFixed(2)} ×)` : 'n/a';
    }).join(', ');
    table(['measure', 'now', 'target'], [
      ['chapter pages within 4,000 characters beyond the prose', `${dumps.filter(([, d]) => d.beyond <= 4000).length} of ${dumps.length}`, `${dumps.length} of ${dumps.length}`],
      ['the most beyond the prose', `${longest[0]} ${longest[1].beyond} (its sources list ${longest[1].sourcesChars})`, '≤ 4,000'],
      ['findings chapter HTML, gzipped', against('findings'), `≤ 0.9 × Starlight's ${starlightKb.findings} KB`],
      ['charts page HTML, gzipped', against('charts'), `≤ 1.2 × Starlight's ${starlightKb.charts} KB`],
    ]);
    print();

    // Budget headroom: the worst page against each budget of budgets.json.
    const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
    const worst = (limit: number, pick: (c: PageCost) => number, filter: (path: string) => boolean = () => true) => {
      const candidates = [...costs].filter(([path]) => filter(path));
      if (!candidates.length) return ['n/a', kb(limit), 'n/a', 'n/a'];
      const [path, cost] = candidates.sort(([, a], [, b]) => pick(b) - pick(a))[0];
      return [path, kb(limit), kb(pick(cost)), `${(100 - (100 * pick(cost)) / limit).toFixed(0)} %`];
    };
    const interactive = (path: string) => budgets.js.interactiveKinds.includes(registryKindOf(path) ?? 'none');
    const fontFiles = new Set([...costs.values()].flatMap((c) => c.fontFiles)).size;
    print('## Budget headroom (budgets.json, gzipped; worst page)');
    print();
    table(
      ['budget', 'worst page', 'limit', 'measured', 'headroom'],
      [
        ['JS, reading pages', ...worst(budgets.js.readingPageGzipBytes, (c) => c.js.gzip, (p) => !interactive(p))],
        ['JS, explorer/search', ...worst(budgets.js.interactivePageGzipBytes, (c) => c.js.gzip, interactive)],
        ['CSS', ...worst(budgets.css.pageGzipBytes, (c) => c.css.gzip)],
        ['longest HTML', ...worst(budgets.html.longestPageGzipBytes, (c) => c.html.gzip)],
        ['font files (site)', 'all pages', String(budgets.fonts.maxFilesSiteWide), String(fontFiles), String(budgets.fonts.maxFilesSiteWide - fontFiles)],
      ],
    );

    // 3. Lighthouse, mobile preset (Lighthouse's default), on Debian's Chromium.
    print('## Lighthouse (mobile preset)');
    print();
    const rows: string[][] = [];
    const failing: string[] = [];
    let chrome: chromeLauncher.LaunchedChrome | undefined;
    try {
      chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)) });
      for (const [type, path] of chosen) {
        if (!path) {
          rows.push([type, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
          continue;
        }
        const result = await lighthouse(site.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const lhr = result!.lhr;
        const score = (id: string) => (lhr.categories[id]?.score == null ? 'n/a' : String(Math.round(lhr.categories[id].score! * 100)));
        rows.push([type, score('performance'), score('accessibility'), score('best-practices'), score('seo'), lhr.audits['largest-contentful-paint'].displayValue ?? 'n/a', lhr.audits['cumulative-layout-shift'].displayValue ?? 'n/a', lhr.audits['total-blocking-time'].displayValue ?? 'n/a']);
        for (const category of Object.values(lhr.categories)) {
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${path} ${category.id}: ${audit.id} (${audit.title})`);
          }
        }
      }
      table(['page type', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'], rows);
      if (failing.length) {
        print('Audits below 100:');
        for (const line of [...new Set(failing)]) print(`- ${line}`);
        print();
      }
    } catch (error) {
      print(`Lighthouse could not run: ${(error as Error).message}. Scores: n/a`);
      print();
    } finally {
      await chrome?.kill();
    }
  } finally {
    await site.stop();
  }
}

if (!noScale) {
  // 4. Scale: a synthetic copy with N× the chapters, in a temporary directory (tools/lib/scale.ts).
  print(`## Scale (synthetic copies; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start)`);
  print();
  // Starlight (a devDependency used only here) builds the same pages as Markdown, two languages
  // and Pagefind, on this machine in the same run (tools/lib/starlight.ts).
  const withStarlight = existsSync(join(root, 'node_modules', '@astrojs', 'starlight'));
  /**
   * One build of a Starlight copy (dist/ removed first, its caches kept, as for the project's copy),
   * with the allocator setting our build makes for itself (scripts/build.ts: mimalloc without
   * transparent huge pages), which makes Starlight's build faster on this machine too.
   */
  function starlightBuild(dir: string): { pages: number; total: number } {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    const total = run([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir, { MIMALLOC_ALLOW_THP: '0' });
    return { pages: htmlPages(join(dir, 'dist')).length, total };
  }
  type Point = { pages: number; total: number };
  const perPage = (p: Point) => `${(p.total / p.pages).toFixed(0)} ms`;
  const marginal = (p: Point, prev?: Point) => (prev && p.pages > prev.pages ? `${((p.total - prev.total) / (p.pages - prev.pages)).toFixed(0)} ms` : '–');
  const scaleRows: string[][] = [];
  const stageRows: string[][] = [];
  const coldRows: string[][] = [];
  let previous: { project: Point; starlight?: Point } | undefined;
  let previousCold: { project: Point; starlight?: Point } | undefined;
  for (const factor of quick ? [1, 10] : [1, 10, 100]) {
    const dir = syntheticCopy(root, factor);
    const starlightDir = withStarlight ? starlightCopy(dir, root) : undefined;
    try {
      // Each copy is built cold first (Astro's content store empty; the project's loaders all run
      // and its pictures are all drawn, as on CI), then again as an author rebuilds, finding what the
      // builds before left: three times at 1× and 10× (they take seconds and vary by a few tenths:
      // the median), once at 100×. Project and Starlight are taken in turn.
      const warmRepeats = factor === 100 ? 1 : 3;
      const projectRuns: ReturnType<typeof build>[] = [];
      const starlightRuns: number[] = [];
      let pages = 0;
      let starlightPages = 0;
      for (let i = 0; i <= warmRepeats; i++) {
        projectRuns.push(build(dir, i === 0));
        pages = htmlPages(join(dir, 'dist')).length;
        if (starlightDir) {
          const s = starlightBuild(starlightDir);
          starlightRuns.push(s.total);
          starlightPages = s.pages;
        }
      }
      const [projectCold, ...projectWarm] = projectRuns;
      const [starlightCold, ...starlightWarm] = starlightRuns;
      const coldPoint = { project: { pages, total: projectCold.total }, starlight: starlightDir ? { pages: starlightPages, total: starlightCold } : undefined };
      coldRows.push([
        `${factor}×`, seconds(coldPoint.project.total), marginal(coldPoint.project, previousCold?.project),
        ...(coldPoint.starlight ? [seconds(coldPoint.starlight.total), marginal(coldPoint.starlight, previousCold?.starlight), `${(coldPoint.project.total / coldPoint.starlight.total).toFixed(1)}×`] : []),
      ]);
      previousCold = coldPoint;
      const stage = (key: 'data' | 'astro' | 'pagefind' | 'total') => median(projectWarm.map((r) => r[key]));
      const project = { pages, total: stage('total') };
      const starlight = withStarlight ? { pages: starlightPages, total: median(starlightWarm) } : undefined;
      const label = factor === 1 ? '1× (the site, same conditions)' : `${factor}× chapters`;
      scaleRows.push([
        label, String(project.pages), seconds(project.total), perPage(project), marginal(project, previous?.project),
        ...(starlight ? [String(starlight.pages), seconds(starlight.total), perPage(starlight), marginal(starlight, previous?.starlight), `${(project.total / starlight.total).toFixed(1)}×`] : []),
      ]);
      stageRows.push([label, String(warmRepeats), seconds(stage('data')), seconds(stage('astro')), seconds(stage('pagefind'))]);
      previous = { project, starlight };
      // Progress as each factor finishes (the tables follow at the end).
      console.error(`scale ${factor}×: ${scaleRows.at(-1)!.join(' | ')} (data ${stageRows.at(-1)![2]}, Astro ${stageRows.at(-1)![3]}, Pagefind ${stageRows.at(-1)![4]})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (starlightDir) rmSync(starlightDir, { recursive: true, force: true });
    }
  }
  table(
    ['content', 'pages', 'rebuild (npm run build, median)', 'per page', 'per added page (vs the row above)', ...(withStarlight ? ['Starlight pages', 'Starlight build', 'per page', 'per added page', 'project / Starlight'] : [])],
    scaleRows,
  );
  print('The project\'s rebuilds by stage (medians; the data loaders run while Astro loads, so the stages add up to more than the build):');
  print();
  table(['content', 'builds', 'data loaders', 'Astro', 'Pagefind'], stageRows);
  print('The first build of each copy, cold as on CI (no content store; every loader run, every picture drawn):');
  print();
  table(['content', 'project', 'per added page', ...(withStarlight ? ['Starlight', 'per added page', 'project / Starlight'] : [])], coldRows);
  if (!withStarlight) {
    print('Starlight is not installed (node_modules/@astrojs/starlight), so no baseline was built. Reference, from issue 16 (Starlight 0.42,');
    print('same content as Markdown, two languages, Pagefind; a loaded machine): 1× 9.7 s, 10× 12.5 s, 10 ms per added page');
    print('from 1× to 10×, 100× 107 s (35 ms per page). Targets: at most 15 ms per added page, 1× at most 1.5 × Starlight.');
    print();
  }
  print(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  print();
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.md'), `${out.join('\n')}\n`);
