import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { levels } from '../vocabulary.ts';
import type { Framework } from '../dataset.ts';
import { layouts, styleFor, tagged, type ChartRow, type Bilingual, type Layout } from './common.ts';

/** The relations between levels as the abstract states them (S8, S9, S10). Directions only, no weights. */
export const levelRelations: { id: string; from: string; to: string; kind: 'influences' | 'needs' | 'interdependent'; source: string; label: Bilingual }[] = [
  { id: 'macro-influences-meso', from: 'macro', to: 'meso', kind: 'influences', source: 'S9', label: { id: 'makro memengaruhi meso', en: 'macro influences meso' } },
  { id: 'macro-influences-micro', from: 'macro', to: 'micro', kind: 'influences', source: 'S9', label: { id: 'makro memengaruhi mikro', en: 'macro influences micro' } },
  { id: 'micro-needs-meso', from: 'micro', to: 'meso', kind: 'needs', source: 'S8', label: { id: 'mikro membutuhkan interaksi dengan meso', en: 'micro needs interaction with meso' } },
  { id: 'micro-needs-macro', from: 'micro', to: 'macro', kind: 'needs', source: 'S8', label: { id: 'mikro membutuhkan interaksi dengan makro', en: 'micro needs interaction with macro' } },
  { id: 'all-interdependent', from: 'micro', to: 'macro', kind: 'interdependent', source: 'S10', label: { id: 'ketiga tingkat saling bergantung', en: 'the three levels depend on one another' } },
];

export interface LevelsLabels { title: string; caption: string; description: string; kind: Record<string, string>; columns: { from: string; to: string; kind: string; relation: string; source: string } }

export function levelsChart(framework: Framework, lang: Lang, l: LevelsLabels) {
  const y = (level: string) => levels.indexOf(level as (typeof levels)[number]);
  const levelLabel = (id: string) => framework.levels.find((x) => x.id === id)!.label[lang];
  const rows = levelRelations.map((r) => ({ key: r.id, relation: r.id, from: r.from, to: r.to, kind: r.kind, source: r.source, text: r.label[lang] }));
  const label = (r: ChartRow) => `${r.text} (${r.source})`;
  /**
   * Influence arrows run on the right of the level boxes, "needs" arrows on the left, interdependence as a bracket further left.
   * `o.x` places each kind and `o.spread` the second arrow of a kind; the narrow layout is the same picture, tighter.
   */
  function draw(layout: Layout, o: { width: number; height: number; margin: number; xDomain: [number, number]; box: number; x: Record<(typeof rows)[number]['kind'], number>; spread: number; notes: { x: number; y: number; anchor: string }[]; lineWidth: number }) {
    const geo = rows.map((r, i) => {
      const spread = r.kind === 'interdependent' ? 0 : (i % 2) * o.spread;
      const x = o.x[r.kind] + (r.kind === 'needs' ? -spread : spread);
      return { x1: x, x2: x, y1: y(r.from) + (y(r.to) > y(r.from) ? 0.2 : -0.2), y2: y(r.to) + (y(r.to) > y(r.from) ? -0.2 : 0.2) };
    });
    const notes = (['influences', 'needs', 'interdependent'] as const).map((kind, i) => ({ t: l.kind[kind], ...o.notes[i] }));
    return {
      width: o.width, height: o.height, margin: o.margin, style: styleFor(layout, o.width), ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: o.xDomain, axis: null }, y: { domain: [-0.6, 2.6], axis: null },
      marks: [
        Plot.rect(levels.map((lv, i) => ({ lv, i })), { x1: -o.box, x2: o.box, y1: (d) => d.i - 0.18, y2: (d) => d.i + 0.18, fill: '#f3f1ea', stroke: '#1c1b19', ariaHidden: true }),
        Plot.text(levels.map((lv, i) => ({ lv, i })), { x: 0, y: 'i', text: (d) => levelLabel(d.lv), fontWeight: 'bold', fill: '#1c1b19', ariaHidden: true }),
        // One arrow mark per kind of relation (Plot styles are constants per mark); `filter` keeps row indices.
        ...(['influences', 'needs', 'interdependent'] as const).map((kind) =>
          Plot.arrow(rows, {
            filter: (d) => d.kind === kind,
            x1: (_, i) => geo[i].x1, x2: (_, i) => geo[i].x2, y1: (_, i) => geo[i].y1, y2: (_, i) => geo[i].y2,
            stroke: kind === 'influences' ? '#0b57a4' : kind === 'needs' ? '#8a4b08' : '#1c1b19',
            strokeDasharray: kind === 'needs' ? '6 3' : undefined, strokeWidth: 2.5, headLength: kind === 'interdependent' ? 0 : 10,
            bend: kind === 'interdependent' ? 0 : 22, ariaLabel: l.kind[kind], render: tagged(rows as ChartRow[], label, layout),
          }),
        ),
        ...notes.map((n) => Plot.text([n], { x: 'x', y: 'y', text: 't', textAnchor: n.anchor as 'start' | 'middle' | 'end', fill: '#1c1b19', lineWidth: o.lineWidth, ariaHidden: true })),
      ],
    };
  }
  return {
    name: 'levels', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'from', label: l.columns.from }, { key: 'to', label: l.columns.to }, { key: 'kind', label: l.columns.kind }, { key: 'text', label: l.columns.relation }, { key: 'source', label: l.columns.source }],
    rows: rows as ChartRow[],
    sources: ['S8', 'S9', 'S10', 'mouzelis-1995'],
    // One drawing for every width (three boxes and five arrows read the same at any size): sized for the narrowest figure.
    plot: draw('narrow', {
      width: layouts.narrow.width, height: 400, margin: 12, xDomain: [-1.75, 1.75], box: 0.38, x: { influences: 0.62, needs: -0.62, interdependent: -1.45 }, spread: 0.42, lineWidth: 9,
      notes: [{ x: 1.75, y: 2.5, anchor: 'end' }, { x: -1.75, y: 2.5, anchor: 'start' }, { x: -1.75, y: -0.48, anchor: 'start' }],
    }),
  };
}
