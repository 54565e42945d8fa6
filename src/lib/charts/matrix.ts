import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { bases, levels, ties } from '../vocabulary.ts';
import type { Finding, Framework } from '../dataset.ts';
import { basisSymbol, chartStyle, tagged, valenceColor, type ChartRow } from './common.ts';

export interface MatrixLabels {
  title: string; caption: string; description: string; none: string; empty: string;
  columns: { finding: string; level: string; tie: string; valence: string; basis: string; sources: string };
  valence: Record<string, string>; basis: Record<string, string>;
}

const columnsOrder = [...ties, 'none'] as const;

/** Framework matrix: one mark per (finding, level); levels are rows, ties columns, positions only. */
export function matrixChart(findings: Finding[], framework: Framework, lang: Lang, l: MatrixLabels) {
  const levelLabel = (id: string) => framework.levels.find((x) => x.id === id)!.label[lang];
  const tieLabel = (id: string) => (id === 'none' ? l.none : framework.ties.find((x) => x.id === id)!.label[lang]);
  const rows: (ChartRow & { x: string; y: string })[] = [];
  const cells: { x: number; y: number; empty: boolean; tie: string; level: string }[] = [];
  for (const [yi, level] of levels.entries()) {
    for (const [xi, tie] of columnsOrder.entries()) {
      const here = findings.filter((f) => f.tie === tie && f.level.includes(level));
      cells.push({ x: xi, y: yi, empty: here.length === 0, tie, level });
      here.forEach((f, k) => {
        // Spread the marks of a cell on a small grid; position within a cell carries no meaning.
        const perRow = 4;
        const col = k % perRow, line = Math.floor(k / perRow);
        const n = Math.min(here.length, perRow);
        rows.push({
          key: `${f.id}@${level}`, finding: f.id, level, tie, valence: f.valence, basis: f.basis, section: f.section,
          sources: f.sources.join(' '), summary: f.summary[lang],
          x: String(xi + (col - (n - 1) / 2) * 0.18), y: String(yi + 0.15 - line * 0.3),
        });
      });
    }
  }
  const legend = [
    { x: -0.45, y: -0.62, symbol: 'circle', fill: valenceColor.strength, text: l.valence.strength },
    { x: 0.45, y: -0.62, symbol: 'circle', fill: valenceColor.barrier, text: l.valence.barrier },
    { x: 1.35, y: -0.62, symbol: 'circle', fill: valenceColor.dependency, text: l.valence.dependency },
    { x: -0.45, y: -0.8, symbol: 'circle', fill: '#ffffff', text: l.basis.stated },
    { x: 0.85, y: -0.8, symbol: 'diamond', fill: '#ffffff', text: l.basis.interpreted },
  ];
  const label = (r: ChartRow) => `${levelLabel(r.level)} × ${tieLabel(r.tie)}: ${r.summary} (${l.valence[r.valence]}, ${l.basis[r.basis]}; ${r.sources})`;
  return {
    name: 'matrix', title: l.title, caption: l.caption, description: l.description,
    columns: [
      { key: 'summary', label: l.columns.finding }, { key: 'level', label: l.columns.level }, { key: 'tie', label: l.columns.tie },
      { key: 'valence', label: l.columns.valence }, { key: 'basis', label: l.columns.basis }, { key: 'sources', label: l.columns.sources },
    ],
    rows: rows.map(({ x, y, ...r }) => r as ChartRow),
    sources: ['S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'mouzelis-1995', 'woolcock-2001'],
    plot: {
      width: 720, height: 480, marginLeft: 90, marginTop: 40, marginBottom: 20, style: chartStyle,
      ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.5, 3.5], axis: 'top', ticks: [0, 1, 2, 3], tickFormat: (i: number) => tieLabel(columnsOrder[i]), label: null, tickSize: 0 },
      y: { domain: [-0.9, 2.5], ticks: [0, 1, 2], tickFormat: (i: number) => levelLabel(levels[i]), label: null, tickSize: 0 },
      symbol: { domain: [...bases], range: [basisSymbol.stated, basisSymbol.interpreted] },
      marks: [
        // Empty cells stay visibly empty: white with a dashed outline and a dash.
        Plot.rect(cells.filter((c) => !c.empty), { x1: (d) => d.x - 0.48, x2: (d) => d.x + 0.48, y1: (d) => d.y - 0.47, y2: (d) => d.y + 0.47, fill: '#f3f1ea', stroke: '#6b675e', ariaHidden: true }),
        Plot.rect(cells.filter((c) => c.empty), { x1: (d) => d.x - 0.48, x2: (d) => d.x + 0.48, y1: (d) => d.y - 0.47, y2: (d) => d.y + 0.47, fill: '#ffffff', stroke: '#6b675e', strokeDasharray: '4 3', ariaHidden: true }),
        Plot.text(cells.filter((c) => c.empty), { x: 'x', y: 'y', text: () => l.empty, fill: '#4f4c45', ariaHidden: true }),
        // A legend inside the SVG, so a downloaded image explains itself.
        Plot.dot(legend, { x: 'x', y: 'y', r: 6, symbol: 'symbol', fill: 'fill', stroke: '#1c1b19', ariaHidden: true }),
        Plot.text(legend, { x: 'x', y: 'y', text: 'text', dx: 10, textAnchor: 'start', fill: '#1c1b19', ariaHidden: true }),
        Plot.dot(rows, {
          x: (d) => Number(d.x), y: (d) => Number(d.y), r: 7, symbol: 'basis', fill: (d) => valenceColor[d.valence as keyof typeof valenceColor],
          stroke: '#1c1b19', strokeWidth: 1, ariaLabel: l.title, render: tagged(rows, label),
        }),
      ],
    },
  };
}
