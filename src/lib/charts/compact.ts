/**
 * The chart SVG as the page inlines it: the same drawing as the download, with every byte the
 * page already carries elsewhere taken out (issue 13: the charts page within 1.2 × Starlight's).
 * - A mark names no text of its own: `aria-labelledby` points at its row in the figure's data
 *   table (`rowId`), which states the finding, its sources and its basis once.
 *   Its data attributes go too (src/client/charts.ts reads the row); `data-mark` stays, empty: the
 *   row id is the mark's key on the page (the download keeps the finding's key).
 * - The description is the figure's visible paragraph (`aria-describedby`, `descId`), not a `<desc>`.
 * - Plot's group names ("dot", "x-axis tick label") say nothing to a reader: groups lose them.
 * - What every chart shares (font, colour, background, the invisible tap target's paint) lives in
 *   ChartFigure.astro's stylesheet (`pageSvgRules`), not on every SVG.
 * - svgo then rounds coordinates to 0.1 unit and shortens paths and transforms.
 * The download keeps the full, self-contained SVG (render.ts, `renderChart`).
 */
import { parseHTML } from 'linkedom';
import { optimize } from 'svgo';
import { chartStyle, type ChartSpec } from './common.ts';

/** The id of a chart's table row: short, and the same in both languages (rows are in data order). */
export function rowId(chart: string, index: number): string {
  return `${chart}-r${index}`;
}
/** The id of the figure's visible description. */
export function descId(chart: string): string {
  return `${chart}-desc`;
}

/** Root attributes the page's stylesheet sets for every chart (ChartFigure.astro); anything else stays on the SVG. */
export const pageSvgRules = {
  'font-family': chartStyle.fontFamily,
  fill: 'currentColor',
  color: chartStyle.color,
  overflow: chartStyle.overflow,
  'text-anchor': 'middle',
} as const;

const num = (el: Element, name: string) => Number(el.getAttribute(name));

/**
 * A dot's shape is drawn at translate(x,y) and its tap target is a square centred there. Moving the
 * translation onto the mark's <g> leaves the shape and the square the same text in every mark of a layout
 * (a symbol's path, a square of one size), which gzip stores once. Other marks (arrows) stay as drawn.
 */
function centreMark(g: Element, hit: Element): void {
  const shape = [...g.children].find((el) => el !== hit);
  const m = /^translate\(([-\d.e]+),\s*([-\d.e]+)\)$/.exec(shape?.getAttribute('transform') ?? '');
  if (!shape || !m || shape.children.length) return;
  const [x, y] = [Number(m[1]), Number(m[2])];
  const [w, h] = [num(hit, 'width'), num(hit, 'height')];
  // Only a square centred on the shape (to tagged()'s 0.1-unit rounding) moves.
  if (Math.abs(num(hit, 'x') + w / 2 - x) > 0.11 || Math.abs(num(hit, 'y') + h / 2 - y) > 0.11) return;
  g.setAttribute('transform', `translate(${x},${y})`);
  shape.removeAttribute('transform');
  hit.setAttribute('x', String(-w / 2));
  hit.setAttribute('y', String(-h / 2));
}

export function compactSvg(svg: string, spec: ChartSpec): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  root.removeAttribute('class'); // Plot's class only scoped its <style>, which postprocessSvg dropped.
  root.querySelector(':scope > rect[width="100%"][height="100%"]')?.remove(); // the background: CSS
  const desc = root.querySelector(':scope > desc');
  if (desc) {
    if (desc.textContent !== spec.description) throw new Error(`chart ${spec.name}: the SVG's <desc> is not the figure's description`);
    desc.remove();
    root.setAttribute('aria-describedby', descId(spec.name));
  }
  const index = new Map(spec.rows.map((r, i) => [r.key, i]));
  for (const g of root.querySelectorAll('g')) {
    if (g.hasAttribute('data-mark')) {
      const key = g.getAttribute('data-mark')!;
      if (!index.has(key)) throw new Error(`chart ${spec.name}: mark "${key}" has no row in the chart's table`);
      for (const a of [...g.attributes]) if (a.name.startsWith('data-') && a.name !== 'data-mark') g.removeAttribute(a.name);
      g.removeAttribute('aria-label');
      g.setAttribute('aria-labelledby', rowId(spec.name, index.get(key)!));
      g.setAttribute('data-mark', '');
      const hit = g.querySelector('[data-hit]');
      if (!hit) throw new Error(`chart ${spec.name}: mark "${key}" has no tap target`);
      for (const a of ['fill', 'fill-opacity', 'stroke']) hit.removeAttribute(a);
      centreMark(g, hit);
    } else if (g.getAttribute('role') === 'group' || g.hasAttribute('aria-hidden')) {
      g.removeAttribute('aria-label');
      g.removeAttribute('role');
    }
  }
  const optimized = optimize(root.outerHTML, {
    floatPrecision: 1,
    plugins: [{
      name: 'preset-default',
      params: {
        overrides: {
          // Keep what the page and its tests rely on: roles, ARIA, data attributes, ids, the viewBox, every element.
          removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: true },
          cleanupIds: false,
          collapseGroups: false,
          removeDesc: false,
          removeHiddenElems: false,
          removeEmptyContainers: false,
          removeEmptyAttrs: false, // data-hit="" marks the tap target
          convertShapeToPath: false,
          mergePaths: false,
          moveElemsAttrsToGroup: false,
          moveGroupAttrsToElems: false,
        },
      },
    }],
  }).data;
  // Only now do the shared root attributes go: svgo must see them to know what a child's value overrides
  // (a label's text-anchor="start" under the root's "middle" is not a default it may drop).
  return optimized.replace(/^<svg\b[^>]*>/, (tag) => Object.entries(pageSvgRules).reduce((t, [name, value]) => t.replace(` ${name}="${value}"`, ''), tag));
}
