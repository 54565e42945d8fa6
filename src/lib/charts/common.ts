import type { RenderFunction } from '@observablehq/plot';

/** Valence colours: distinct hues, each ≥ 3:1 against the chart's white background (WCAG 1.4.11). */
export const valenceColor = { strength: '#1b6e3a', barrier: '#b3261e', dependency: '#0b57a4' } as const;
/** Basis as shape: a filled circle for stated, a diamond for the editors' interpretation. */
export const basisSymbol = { stated: 'circle', interpreted: 'diamond' } as const;

/** The chart surface keeps light colours in both schemes, so the marks keep their contrast. */
export const chartStyle = { background: '#ffffff', color: '#1c1b19', fontSize: '13px', fontFamily: 'system-ui, sans-serif', overflow: 'visible' } as const;

export type Bilingual = { id: string; en: string };

/** One row of a chart's data (also its table row and CSV row). `key` identifies the mark. */
export type ChartRow = Record<string, string> & { key: string };

/**
 * A chart is drawn in two layouts at build time (or one: see `ChartSpec.narrow`). The page shows one
 * drawing on every screen (`pageLayout`): the narrow layout, or the only one, sized for a phone and
 * shown at its own size on wider screens, so it works without JavaScript and costs its bytes once
 * (issue 13). The wide layout is what the SVG and PNG downloads carry, for slides and print.
 * The narrow layout goes down to a 320 px screen, where the figure runs full-bleed with 8 px padding
 * (`narrow.minWidth`); the wide one is drawn for `wide.minWidth` px or more. A chart is never drawn
 * larger than its own width, so the smallest scale a layout is ever drawn at is minWidth ÷ width:
 * its labels (≥ 10 px) and tap targets (≥ 24 × 24 px, WCAG 2.2 2.5.8) are sized for that scale.
 * tests/browser/responsive.test.ts measures the page's drawing.
 */
export const layouts = {
  wide: { minWidth: 640 },
  narrow: { minWidth: 304, width: 340 },
} as const;
export type Layout = keyof typeof layouts;
/** What an SVG's data-layout says: one of a chart's two layouts, or its only one. */
export type ShownLayout = Layout | 'single';
/** The layouts a chart is drawn in, and the sizes each is drawn for. */
export function chartLayouts(spec: { narrow?: unknown }): { shown: ShownLayout; sizing: Layout }[] {
  return spec.narrow ? [{ shown: 'wide', sizing: 'wide' }, { shown: 'narrow', sizing: 'narrow' }] : [{ shown: 'single', sizing: 'narrow' }];
}
/** The one drawing the page inlines: the narrow layout, or a chart's only one. */
export function pageLayout(spec: { narrow?: unknown }): ShownLayout {
  return spec.narrow ? 'narrow' : 'single';
}
export const MIN_LABEL_PX = 10;
export const MIN_TARGET_PX = 24;

/** The smallest scale at which a layout of this width is drawn. */
export function minScale(layout: Layout, width: number): number {
  return Math.min(1, layouts[layout].minWidth / width);
}
/** The side of a mark's tap target in SVG units, so it is ≥ 24 px at the smallest scale. */
export function targetUnits(layout: Layout, width: number): number {
  return Math.ceil(MIN_TARGET_PX / minScale(layout, width));
}
/** The font size (px, in SVG units) that stays ≥ 10 px at the smallest scale, and at least `base`. */
export function fontUnits(layout: Layout, width: number, base = 13): number {
  return Math.max(base, Math.ceil((MIN_LABEL_PX + 0.5) / minScale(layout, width)));
}
/** chartStyle with the font size a layout of this width needs. */
export function styleFor(layout: Layout, width: number) {
  return { ...chartStyle, fontSize: `${fontUnits(layout, width)}px` };
}

/**
 * Greedy word wrap to at most `maxChars` characters a line (a long word keeps its own line).
 * Narrow layouts wrap their labels themselves, so they know how many lines each takes.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChartSpec {
  name: string;
  title: string;
  caption: string;
  /** Screen-reader description (ariaDescription) and the visible text under the chart. */
  description: string;
  /** Column keys and their headers, in table order. */
  columns: { key: string; label: string }[];
  rows: ChartRow[];
  /** Source keys (S1–S14 or reference ids) the whole chart rests on. */
  sources: string[];
  /** Observable Plot options of the wide layout (without `document`, which the renderer adds). */
  plot: Record<string, unknown>;
  /**
   * Observable Plot options of the narrow layout (`layouts.narrow.width` wide). A chart without one has a
   * single drawing (`plot`), sized for the narrowest figure (the narrow layout's sizes), shown at every width.
   */
  narrow?: Record<string, unknown>;
}

/**
 * A render transform that marks each element a mark draws with the data attributes of its row
 * and a name (`aria-label`), so the downloaded SVG explains itself; the page's copy swaps both
 * for a reference to the row of the figure's table (compact.ts).
 * Each element is wrapped in a `<g data-mark>` that also holds an invisible square tap target
 * (`data-hit`) centred on the mark (or around an arrow's chord), big enough to be 24 × 24 px at the
 * layout's smallest scale. Plot draws one element per index entry, in index order, for the marks used here.
 */
export function tagged(rows: ChartRow[], label: (row: ChartRow) => string, layout: Layout = 'wide'): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    const doc = (context as unknown as { document: Document }).document;
    const side = targetUnits(layout, dimensions.width);
    const v = values as unknown as Record<string, ArrayLike<number> | undefined>;
    const children = [...g.children].filter((el) => el.tagName.toLowerCase() !== 'title');
    (index as number[]).forEach((i, k) => {
      const el = children[k];
      if (!el) return;
      const row = rows[i];
      const wrap = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
      wrap.setAttribute('data-mark', row.key);
      for (const [name, value] of Object.entries(row)) if (name !== 'key') wrap.setAttribute(`data-${name}`, value);
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'img');
      wrap.setAttribute('aria-label', label(row));
      const xs = v.x1 && v.x2 ? [v.x1[i], v.x2[i]] : [v.x![i]];
      const ys = v.y1 && v.y2 ? [v.y1[i], v.y2[i]] : [v.y![i]];
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const w = Math.max(side, x1 - x0), h = Math.max(side, y1 - y0);
      const hit = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
      const round = (n: number) => String(Math.round(n * 10) / 10);
      hit.setAttribute('x', round((x0 + x1) / 2 - w / 2));
      hit.setAttribute('y', round((y0 + y1) / 2 - h / 2));
      hit.setAttribute('width', round(w));
      hit.setAttribute('height', round(h));
      hit.setAttribute('fill', '#ffffff');
      hit.setAttribute('fill-opacity', '0');
      hit.setAttribute('stroke', 'none');
      hit.setAttribute('data-hit', '');
      g.replaceChild(wrap, el);
      wrap.append(hit, el);
    });
    return g;
  };
}
