import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { layouts, styleFor, tagged, wrapText, type ChartRow, type Bilingual, type Layout } from './common.ts';

/** Miles & Huberman's interactive model: four components cycling back and forth. */
export const methodComponents: { id: string; label: Bilingual; source: string }[] = [
  { id: 'data-collection', label: { id: 'Pengumpulan data', en: 'Data collection' }, source: 'miles-huberman-1984' },
  { id: 'data-reduction', label: { id: 'Reduksi data', en: 'Data reduction' }, source: 'S7' },
  { id: 'data-display', label: { id: 'Penyajian data', en: 'Data display' }, source: 'S7' },
  { id: 'conclusion-drawing', label: { id: 'Penarikan kesimpulan', en: 'Conclusion drawing' }, source: 'S7' },
];

export interface MethodLabels { title: string; caption: string; description: string; columns: { step: string; component: string; source: string } }

export function methodChart(lang: Lang, l: MethodLabels) {
  const n = methodComponents.length;
  // Positions on a circle, clockwise from the top: the order of the cycle, nothing more.
  const at = (i: number) => ({ x: Math.sin((2 * Math.PI * i) / n), y: Math.cos((2 * Math.PI * i) / n) });
  const rows = methodComponents.map((c, i) => ({ key: c.id, component: c.id, step: String(i + 1), text: c.label[lang], source: c.source }));
  const arcs = methodComponents.map((_, i) => ({ a: at(i), b: at((i + 1) % n) }));
  const label = (r: ChartRow) => `${r.step}. ${r.text} (${r.source})`;
  function draw(layout: Layout, o: { width: number; height: number; margin: number; x: [number, number]; y: [number, number]; r: number; inset: number; maxChars: number }) {
    return {
      width: o.width, height: o.height, margin: o.margin, style: styleFor(layout, o.width), ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: o.x, axis: null }, y: { domain: o.y, axis: null },
      marks: [
        Plot.arrow(arcs, { x1: (d) => d.a.x, y1: (d) => d.a.y, x2: (d) => d.b.x, y2: (d) => d.b.y, bend: 30, insetStart: o.inset, insetEnd: o.inset, stroke: '#0b57a4', strokeWidth: 2, ariaHidden: true }),
        Plot.arrow(arcs, { x1: (d) => d.b.x, y1: (d) => d.b.y, x2: (d) => d.a.x, y2: (d) => d.a.y, bend: 30, insetStart: o.inset, insetEnd: o.inset, stroke: '#8a4b08', strokeWidth: 1.5, strokeDasharray: '4 3', ariaHidden: true }),
        Plot.dot(rows, { x: (_, i) => at(i).x, y: (_, i) => at(i).y, r: o.r, fill: '#f3f1ea', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(rows as ChartRow[], label, layout) }),
        Plot.text(rows, { x: (_, i) => at(i).x, y: (_, i) => at(i).y, text: (d) => wrapText(`${d.step}. ${d.text}`, o.maxChars).join('\n'), lineWidth: Infinity, fill: '#1c1b19', fontWeight: 'bold', ariaHidden: true }),
      ],
    };
  }
  return {
    name: 'method', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'step', label: l.columns.step }, { key: 'text', label: l.columns.component }, { key: 'source', label: l.columns.source }],
    rows: rows as ChartRow[],
    sources: ['S7', 'miles-huberman-1984'],
    // One drawing for every width (four marks on a circle read the same at any size): sized for the narrowest figure.
    plot: draw('narrow', { width: layouts.narrow.width, height: 380, margin: 8, x: [-1.62, 1.62], y: [-1.32, 1.32], r: 42, inset: 50, maxChars: 11 }),
  };
}
