import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { datasetLoader } from '../../scripts/dataset.json.ts';
import { chartsLoader } from '../../scripts/charts.json.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { renderChart, renderPageChart } from '../../src/lib/charts/render.ts';
import { compactSvg, descId, pageSvgRules, rowId } from '../../src/lib/charts/compact.ts';
import { postprocessSvg } from '../../src/lib/charts/postprocess.ts';
import { chartNames, chartTextsSchema } from '../../src/lib/charts/text.ts';
import { chartLayouts, fontUnits, layouts, minScale, MIN_TARGET_PX, targetUnits, wrapText, type Layout } from '../../src/lib/charts/common.ts';

const data = datasetLoader.build(process.cwd());
const texts = chartsLoader.build(process.cwd()); // through the loader, as the site reads them (shared labels filled from the interface strings)
const charts = { id: buildCharts(data, texts, 'id'), en: buildCharts(data, texts, 'en') };
const svgOf = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** Labels each chart must show in each language (axis/tick text or mark labels). */
const expected: Partial<Record<string, Record<"id" | "en", string[]>>> = {
  matrix: { id: ['Mikro', 'Makro', 'Bonding', 'Tanpa ikatan', 'kosong'], en: ['Micro', 'Macro', 'Bonding', 'No tie', 'empty'] },
  levels: { id: ['Mikro', 'Meso', 'Makro', 'memengaruhi (S9)'], en: ['Micro', 'Meso', 'Macro', 'influences (S9)'] },
  bonding: { id: ['Kekuatan', 'Hambatan', 'kepercayaan'], en: ['Strength', 'Barrier', 'trust'] },
  actors: { id: ['Warga yang berdagang', 'Kementerian Dalam Negeri', 'Mikro'], en: ['Residents who trade', 'Ministry of Home Affairs', 'Micro'] },
  method: { id: ['Reduksi data', 'Penyajian data', 'Penarikan kesimpulan'], en: ['Data reduction', 'Data display', 'Conclusion drawing'] },
  timeline: { id: ['Juli 2019', '2018', '15 Agustus 2019'], en: ['July 2019', '2018', '15 August 2019'] },
};

/** A mark's key: the download names its finding; the page's mark is named by its table row (`rowId`), whose index is the spec's row. */
function markKey(mark: Element, rows?: { key: string }[]): string | null {
  const row = /-r(\d+)$/.exec(mark.getAttribute('aria-labelledby') ?? '');
  return mark.getAttribute('data-mark') || (row && rows ? rows[Number(row[1])]?.key ?? null : null);
}
/** A mark's tap target in SVG units: its square, moved by the mark's own translation (the page's SVG centres marks that way). */
function hitBox(mark: Element, rows?: { key: string }[]) {
  const hit = mark.querySelector('[data-hit]')!;
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(hit.getAttribute(a)));
  const t = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(mark.getAttribute('transform') ?? '');
  return { key: markKey(mark, rows), x: x + Number(t?.[1] ?? 0), y: y + Number(t?.[2] ?? 0), w, h };
}

describe.each(chartNames)('chart %s', (name) => {
  // Every layout the chart has (wide and narrow, or a single one), in both languages.
  const cases = (['id', 'en'] as const).flatMap((lang) => chartLayouts(charts[lang][name]).map(({ shown, sizing }) => [lang, shown, sizing] as const));
  it.each(cases)('in %s, %s layout: one mark per row, labels in the language, validator-clean', (lang, layout) => {
    const spec = charts[lang][name];
    const svg = renderChart(spec, layout);
    const doc = svgOf(svg);
    const marks = [...doc.querySelectorAll('[data-mark]')];
    expect(marks.length).toBe(spec.rows.length);
    // Every row exactly once (a layout may order its marks as it reads, e.g. the narrow actor list from macro down).
    expect(marks.map((m) => m.getAttribute('data-mark')).sort()).toEqual(spec.rows.map((r) => r.key).sort());
    expect(spec.rows.length).toBeGreaterThan(0);
    const text = doc.querySelector('svg')!.textContent!;
    // Spot checks for the charts written so far; a new chart is checked by every other assertion here.
    for (const label of expected[name]?.[lang] ?? []) expect(text + marks.map((m) => m.getAttribute('aria-label')).join(' ')).toContain(label);
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toBe(spec.title);
    expect(doc.querySelector('svg > desc')!.textContent).toBe(spec.description);
    expect(svg).not.toMatch(/font-variant=/);
    expect(svg, 'inline styles break the CSP').not.toMatch(/<style|\sstyle=/);
    for (const g of doc.querySelectorAll('g[aria-label]:not([data-mark])')) expect(g.getAttribute('role')).toBe('group');
    // A mark (its shape and its tap target in one <g>) is one image with its finding as the name.
    for (const mark of marks) expect(mark.getAttribute('role')).toBe('img');
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
    expect(renderChart(spec, layout)).toBe(svg); // deterministic bytes
    expect(svg).toContain(`data-layout="${layout}"`);
  });

  it.each(cases)('in %s, %s layout: every mark has its own tap target, ≥ 24 px at the smallest scale, overlapping no other, in the download and on the page', (lang, layout, sizing: Layout) => {
    const spec = charts[lang][name];
    for (const svg of [renderChart(spec, layout), renderPageChart(spec, layout)]) {
      const doc = svgOf(svg);
      const width = Number(doc.querySelector('svg')!.getAttribute('width'));
      if (sizing === 'narrow') expect(width).toBe(layouts.narrow.width);
      const side = MIN_TARGET_PX / minScale(sizing, width);
      const boxes = [...doc.querySelectorAll('[data-mark]')].map((m) => hitBox(m, spec.rows));
      for (const b of boxes) {
        expect(b.w, `${b.key} width`).toBeGreaterThanOrEqual(side - 0.05);
        expect(b.h, `${b.key} height`).toBeGreaterThanOrEqual(side - 0.05);
      }
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => `${a.key} × ${b.key}`));
      expect(overlaps).toEqual([]);
    }
  });

  it.each(cases)('in %s, %s layout, as the page inlines it: the same drawing, each mark named by its table row, nothing the page says twice', (lang, layout) => {
    const spec = charts[lang][name];
    const file = svgOf(renderChart(spec, layout)), svg = renderPageChart(spec, layout), page = svgOf(svg);
    const root = page.querySelector('svg')!;
    // The same picture: the same labels, painted and anchored alike (the page's stylesheet gives the root's shared
    // values), and a mark per row in the same places (to svgo's 0.1-unit rounding).
    expect([...page.querySelectorAll('text')].map((t) => t.textContent)).toEqual([...file.querySelectorAll('text')].map((t) => t.textContent));
    const paint = (doc: Document, defaults: Record<string, string>) => [...doc.querySelectorAll('text, path, rect:not([data-hit]):not([width="100%"]), line')].map((el) =>
      ['text-anchor', 'fill', 'stroke', 'font-weight', 'font-style', 'stroke-dasharray'].map((a) => {
        for (let n: Element | null = el; n; n = n.parentElement) if (n.hasAttribute(a)) return n.getAttribute(a)!.replace(/^#(\w)\1(\w)\2(\w)\3$/, '#$1$2$3').replace('#ffffff', '#fff');
        return defaults[a] ?? '';
      }).join(' '));
    expect(paint(page, pageSvgRules)).toEqual(paint(file, {}));
    // The page's mark for row i stands where the download draws that row's finding.
    const at = (doc: Document) => Object.fromEntries([...doc.querySelectorAll('[data-mark]')].map((m) => { const b = hitBox(m, spec.rows); return [b.key, [b.x + b.w / 2, b.y + b.h / 2]]; }));
    const before = at(file), after = at(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [key, [x, y]] of Object.entries(after)) {
      expect(Math.abs(x - before[key][0]), key).toBeLessThan(0.2);
      expect(Math.abs(y - before[key][1]), key).toBeLessThan(0.2);
    }
    // A mark's name is its row of the figure's table: the finding, its sources and its basis, stated once.
    expect([...page.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('aria-labelledby')).sort()).toEqual(spec.rows.map((_, i) => rowId(name, i)).sort());
    for (const mark of page.querySelectorAll('[data-mark]')) {
      expect(mark.getAttribute('data-mark'), 'the row id is the key: the page says it once').toBe('');
      expect(mark.getAttribute('role')).toBe('img');
      expect(mark.getAttribute('tabindex')).toBe('0');
      expect(mark.hasAttribute('aria-label')).toBe(false);
      expect([...mark.attributes].filter((a) => a.name.startsWith('data-')).map((a) => a.name)).toEqual(['data-mark']);
    }
    // The description is the figure's paragraph; the chart keeps its name.
    expect(page.querySelector('desc')).toBeNull();
    expect(root.getAttribute('aria-describedby')).toBe(descId(name));
    expect(root.getAttribute('aria-label')).toBe(spec.title);
    expect(root.getAttribute('data-layout')).toBe(layout);
    expect(root.getAttribute('viewBox')).toBe(file.querySelector('svg')!.getAttribute('viewBox'));
    // No name that says nothing ("dot", "x-axis tick label"), no inline style, the same bytes every time.
    for (const g of page.querySelectorAll('g[aria-label]')) expect(g.hasAttribute('data-mark')).toBe(true);
    expect(svg, 'inline styles break the CSP').not.toMatch(/<style|\sstyle=/);
    expect(renderPageChart(spec, layout)).toBe(svg);
    expect(svg.length).toBeLessThan(renderChart(spec, layout).length / 1.5);
  });
});

describe('row ids', () => {
  it.each(chartNames)('%s: a row (and so its marks\' name) has the same id in both languages', (name) => {
    expect(charts.id[name].rows.map((r) => r.key)).toEqual(charts.en[name].rows.map((r) => r.key));
  });
});

describe('compactSvg', () => {
  const spec = charts.en.bonding;
  it('takes off the root only what ChartFigure\'s stylesheet gives every inlined chart', () => {
    const css = readFileSync('src/components/data/ChartFigure.astro', 'utf8').match(/\.chart__svg svg \{([^}]*)\}/)![1];
    for (const [name, value] of Object.entries(pageSvgRules)) expect(css, name).toContain(`${name}: ${value};`);
  });
  it('fails, naming the chart and the mark, on a mark without a row or a tap target, or a <desc> that is not the description', () => {
    const mark = (key: string, hit = '<rect data-hit="" x="0" y="0" width="30" height="30"/>') => `<svg><g data-mark="${key}" aria-label="x">${hit}<path d="M0,0"/></g></svg>`;
    expect(() => compactSvg(mark('nothing-here'), spec)).toThrow('chart bonding: mark "nothing-here" has no row in the chart\'s table');
    expect(() => compactSvg(mark(spec.rows[0].key, ''), spec)).toThrow(`chart bonding: mark "${spec.rows[0].key}" has no tap target`);
    expect(() => compactSvg('<svg><desc>Another text</desc></svg>', spec)).toThrow('chart bonding: the SVG\'s <desc> is not the figure\'s description');
  });
  it('moves a dot\'s translation onto its mark, so every tap target reads the same', () => {
    const out = compactSvg(`<svg><g data-mark="${spec.rows[1].key}" data-basis="stated" aria-label="x" role="img" tabindex="0"><rect data-hit="" x="10.5" y="20.5" width="29" height="29" fill="#ffffff" fill-opacity="0" stroke="none"/><path d="M0,0L1,1" transform="translate(25,35)"/></g></svg>`, spec);
    expect(out).toContain(`transform="translate(25 35)"`);
    expect(out).toContain('<rect width="29" height="29" x="-14.5" y="-14.5" data-hit=""/>');
    expect(out).toContain(`aria-labelledby="${rowId('bonding', 1)}"`);
    expect(out).not.toContain('data-basis');
  });
});

describe('layout sizing', () => {
  it('fonts and tap targets grow as the smallest scale shrinks', () => {
    expect(minScale('wide', 640)).toBe(1);
    expect(minScale('narrow', layouts.narrow.width)).toBeCloseTo(layouts.narrow.minWidth / layouts.narrow.width);
    expect(targetUnits('wide', 640)).toBe(24);
    expect(targetUnits('wide', 960)).toBe(36);
    expect(fontUnits('wide', 640)).toBe(13);
    expect(fontUnits('wide', 1280) * minScale('wide', 1280)).toBeGreaterThanOrEqual(10);
  });
  it('wraps words to a line length, a long word on its own line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('Undang-Undang-Republik-Indonesia x', 10)).toEqual(['Undang-Undang-Republik-Indonesia', 'x']);
    expect(wrapText('', 10)).toEqual([]);
  });
});

describe('honesty of the charts', () => {
  it('the matrix has a mark for every (finding, level) pair and nothing else', () => {
    const pairs = data.findings.flatMap((f) => f.level.map((l) => `${f.id}@${l}`));
    expect(charts.en.matrix.rows.map((r) => r.key).sort()).toEqual(pairs.sort());
  });
  it('the actor map says it is an interpretation and every actor row is interpreted', () => {
    expect(charts.en.actors.title).toMatch(/interpretation/);
    expect(charts.id.actors.title).toMatch(/interpretasi/);
    expect(charts.en.actors.rows.every((r) => r.basis === 'interpreted')).toBe(true);
  });
  it('the timeline keeps each event at the precision its source gives', () => {
    const rows = charts.en.timeline.rows;
    expect(rows.find((r) => r.key === 'kabaresolo-report')).toMatchObject({ shown: 'July 2019', precision: 'month' });
    expect(rows.find((r) => r.key === 'programs-start')).toMatchObject({ shown: '2018', precision: 'year' });
  });
  it('no chart draws bars, areas or sized marks from data', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const name of chartNames) {
        const marks = (charts[lang][name].plot.marks as { constructor: { name: string }; channels?: Record<string, unknown> }[]);
        for (const mark of marks) {
          expect(['BarX', 'BarY', 'Area']).not.toContain(mark.constructor.name);
          expect(mark.channels?.r).toBeUndefined(); // a constant radius, never a channel
        }
      }
    }
  });
});

describe('postprocessSvg', () => {
  it('gives an aria-labelled <g> a role, keeps an existing role, drops font-variant, and renames Plot ids deterministically', () => {
    const input = '<svg class="plot-d6a7b5"><g aria-label="dot"><circle/></g><g role="img" aria-label="x"></g><g font-variant="tabular-nums" aria-hidden="true"><text font-variant="tabular-nums">1</text></g></svg>';
    const out = postprocessSvg(input, 'demo');
    expect(out).toBe('<svg class="chart-demo-1"><g role="group" aria-label="dot"><circle/></g><g role="img" aria-label="x"></g><g aria-hidden="true"><text>1</text></g></svg>');
  });
  it('leaves no inline style (the CSP blocks them): drops Plot\'s <style>, turns style="…" into presentation attributes and a background rect', () => {
    const input = '<svg class="plot-d6a7b5" style="background:#ffffff;color:#1c1b19;font-size:13px;font-family:system-ui, sans-serif;overflow:visible" aria-description="D" font-size="10" fill="currentColor"><style>:where(.plot-d6a7b5) {\n  --plot-background: white;\n  display: block;\n  height: auto;\n  height: intrinsic;\n  max-width: 100%;\n}\n:where(.plot-d6a7b5 text),\n:where(.plot-d6a7b5 tspan) {\n  white-space: pre;\n}</style><text style="font-weight: bold" x="1">T</text></svg>';
    expect(postprocessSvg(input, 'demo')).toBe('<svg class="chart-demo-1" font-size="13px" fill="currentColor" color="#1c1b19" font-family="system-ui, sans-serif" overflow="visible"><desc>D</desc><rect width="100%" height="100%" fill="#ffffff"/><text x="1" font-weight="bold">T</text></svg>');
  });
  it('fails, naming the chart and the property, on an inline style with no presentation attribute or a Plot rule the page does not carry', () => {
    expect(() => postprocessSvg('<svg><g style="transition: opacity 1s"></g></svg>', 'matrix')).toThrow('chart matrix: inline style "transition: opacity 1s" has no SVG presentation attribute');
    expect(() => postprocessSvg('<svg><style>:where(.plot-1) { font-variant-numeric: tabular-nums; }</style></svg>', 'levels')).toThrow('chart levels: Plot\'s stylesheet declares "font-variant-numeric: tabular-nums"');
    expect(() => postprocessSvg('<svg><text stroke="var(--plot-background)"></text></svg>', 'actors')).toThrow('chart actors: a mark reads a Plot CSS variable');
  });
  it('moves aria-description into <desc> and copes with ">" inside attribute values', () => {
    expect(postprocessSvg('<svg aria-description="A &amp; B" aria-label="T"><g aria-label="a > b"></g></svg>', 'x')).toBe('<svg aria-label="T"><desc>A &amp; B</desc><g role="group" aria-label="a > b"></g></svg>');
  });
  it('leaves a <g> without aria-label alone', () => {
    expect(postprocessSvg('<g transform="x"></g>', 'x')).toBe('<g transform="x"></g>');
  });
});

describe('chart texts', () => {
  it('fails on a missing translation, naming the field', () => {
    const broken = structuredClone(JSON.parse(readFileSync('src/data/charts.json', 'utf8')));
    broken.charts.timeline.caption.en = '';
    const result = chartTextsSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['charts', 'timeline', 'caption', 'en'], message: 'missing English translation' });
  });
});
