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
  /** Observable Plot options (without `document`, which the renderer adds). */
  plot: Record<string, unknown>;
}

/**
 * A render transform that marks each element a mark draws with the data attributes of its row,
 * so small browser scripts can filter, explain and link marks without shipping Plot.
 * Plot draws one element per index entry, in index order, for the marks used here.
 */
export function tagged(rows: ChartRow[], label: (row: ChartRow) => string): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    const children = [...g.children].filter((el) => el.tagName.toLowerCase() !== 'title');
    (index as number[]).forEach((i, k) => {
      const el = children[k];
      if (!el) return;
      const row = rows[i];
      el.setAttribute('data-mark', row.key);
      for (const [name, value] of Object.entries(row)) if (name !== 'key') el.setAttribute(`data-${name}`, value);
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', label(row));
    });
    return g;
  };
}
