import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { bases, levels, ties } from '../vocabulary.ts';
import type { Finding, Framework } from '../dataset.ts';
import { basisSymbol, layouts, styleFor, tagged, targetUnits, valenceColor, wrapText, type ChartRow, type Layout } from './common.ts';

export interface MatrixLabels {
  title: string; caption: string; description: string; none: string; empty: string;
  columns: { finding: string; level: string; tie: string; valence: string; basis: string; sources: string };
  valence: Record<string, string>; basis: Record<string, string>;
}

const columnsOrder = [...ties, 'none'] as const;

/** Framework matrix: one mark per (finding, level); levels are rows, ties columns, positions only. The narrow layout is the same matrix transposed. */
export function matrixChart(findings: Finding[], framework: Framework, lang: Lang, l: MatrixLabels) {
  const levelLabel = (id: string) => framework.levels.find((x) => x.id === id)!.label[lang];
  const tieLabel = (id: string) => (id === 'none' ? l.none : framework.ties.find((x) => x.id === id)!.label[lang]);
  type Placed = ChartRow & { li: number; ti: number; k: number; n: number };
  const rows: Placed[] = [];
  const cells: { li: number; ti: number; empty: boolean }[] = [];
  for (const [li, level] of levels.entries()) {
    for (const [ti, tie] of columnsOrder.entries()) {
      const here = findings.filter((f) => f.tie === tie && f.level.includes(level));
      cells.push({ li, ti, empty: here.length === 0 });
      here.forEach((f, k) => rows.push({
        key: `${f.id}@${level}`, finding: f.id, level, tie, valence: f.valence, basis: f.basis, section: f.section,
        sources: f.sources.join(' '), summary: f.summary[lang], li, ti, k, n: here.length,
      }));
    }
  }
  const label = (r: ChartRow) => `${levelLabel(r.level)} × ${tieLabel(r.tie)}: ${r.summary} (${l.valence[r.valence]}, ${l.basis[r.basis]}; ${r.sources})`;
  const table = rows.map(({ li, ti, k, n, ...r }) => r as ChartRow);
  const legendItems = [
    { symbol: 'circle', fill: valenceColor.strength, text: l.valence.strength },
    { symbol: 'circle', fill: valenceColor.barrier, text: l.valence.barrier },
    { symbol: 'circle', fill: valenceColor.dependency, text: l.valence.dependency },
    { symbol: 'circle', fill: '#ffffff', text: l.basis.stated },
    { symbol: 'diamond', fill: '#ffffff', text: l.basis.interpreted },
  ];

  /**
   * Both layouts share this drawing: a grid of `cols` × `rowsN` cells in band units (cell i spans i ± 0.5),
   * and the marks of a cell spread on a small grid of `perRow` a line, `step` px apart (position within a cell carries no meaning).
   */
  function draw(layout: Layout, o: { width: number; height: number; marginLeft: number; marginTop: number; marginBottom: number; marginRight: number; perRow: number; transposed: boolean; legend: { x: number; y: number }[]; xAxis: Record<string, unknown>; yAxis: Record<string, unknown>; yDomain: [number, number] }) {
    const col = (r: { li: number; ti: number }) => (o.transposed ? r.li : r.ti);
    const line = (r: { li: number; ti: number }) => (o.transposed ? r.ti : r.li);
    const xCount = o.transposed ? levels.length : columnsOrder.length;
    const pxPerX = (o.width - o.marginLeft - o.marginRight) / xCount;
    const pxPerY = (o.height - o.marginTop - o.marginBottom) / Math.abs(o.yDomain[1] - o.yDomain[0]);
    const step = targetUnits(layout, o.width) + 2;
    // y grows upwards in the wide layout (micro at the bottom) and downwards in the narrow one (bonding on top).
    const down = o.yDomain[0] > o.yDomain[1] ? 1 : -1;
    const at = (r: Placed) => {
      const c = r.k % o.perRow, ln = Math.floor(r.k / o.perRow), n = Math.min(r.n, o.perRow);
      const lines = Math.ceil(r.n / o.perRow);
      return { x: col(r) + ((c - (n - 1) / 2) * step) / pxPerX, y: line(r) + (down * ((ln - (lines - 1) / 2) * step)) / pxPerY };
    };
    const box = { x1: (d: { li: number; ti: number }) => col(d) - 0.48, x2: (d: { li: number; ti: number }) => col(d) + 0.48, y1: (d: { li: number; ti: number }) => line(d) - 0.47, y2: (d: { li: number; ti: number }) => line(d) + 0.47 };
    const legend = legendItems.map((item, i) => ({ ...item, ...o.legend[i] }));
    return {
      width: o.width, height: o.height, marginLeft: o.marginLeft, marginTop: o.marginTop, marginBottom: o.marginBottom, marginRight: o.marginRight,
      style: styleFor(layout, o.width), ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.5, xCount - 0.5], axis: 'top', label: null, tickSize: 0, ...o.xAxis },
      y: { domain: o.yDomain, label: null, tickSize: 0, ...o.yAxis },
      symbol: { domain: [...bases], range: [basisSymbol.stated, basisSymbol.interpreted] },
      marks: [
        // Empty cells stay visibly empty: white with a dashed outline and a dash.
        Plot.rect(cells.filter((c) => !c.empty), { ...box, fill: '#f3f1ea', stroke: '#6b675e', ariaHidden: true }),
        Plot.rect(cells.filter((c) => c.empty), { ...box, fill: '#ffffff', stroke: '#6b675e', strokeDasharray: '4 3', ariaHidden: true }),
        Plot.text(cells.filter((c) => c.empty), { x: col, y: line, text: () => l.empty, fill: '#4f4c45', ariaHidden: true }),
        // A legend inside the SVG, so a downloaded image explains itself.
        Plot.dot(legend, { x: 'x', y: 'y', r: 6, symbol: 'symbol', fill: 'fill', stroke: '#1c1b19', ariaHidden: true }),
        Plot.text(legend, { x: 'x', y: 'y', text: 'text', dx: 10, textAnchor: 'start', fill: '#1c1b19', ariaHidden: true }),
        Plot.dot(rows, {
          x: (d: Placed) => at(d).x, y: (d: Placed) => at(d).y, r: 7, symbol: 'basis', fill: (d) => valenceColor[d.valence as keyof typeof valenceColor],
          stroke: '#1c1b19', strokeWidth: 1, ariaLabel: l.title, render: tagged(rows, label, layout),
        }),
      ],
    };
  }

  // Tallest cell (in lines of marks) decides the narrow layout's row height.
  const narrowPerRow = 2;
  const maxLines = Math.max(1, ...rows.map((r) => Math.ceil(r.n / narrowPerRow)));
  const narrowRowPx = Math.max(64, maxLines * (targetUnits('narrow', layouts.narrow.width) + 2) + 20);
  const narrowHeight = 30 + columnsOrder.length * narrowRowPx + 136;
  // Legend below the grid, in band units of y (a row is 1 unit, narrowRowPx px).
  const below = (px: number) => columnsOrder.length - 0.5 + px / narrowRowPx;
  return {
    name: 'matrix', title: l.title, caption: l.caption, description: l.description,
    columns: [
      { key: 'summary', label: l.columns.finding }, { key: 'level', label: l.columns.level }, { key: 'tie', label: l.columns.tie },
      { key: 'valence', label: l.columns.valence }, { key: 'basis', label: l.columns.basis }, { key: 'sources', label: l.columns.sources },
    ],
    rows: table,
    sources: ['S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'mouzelis-1995', 'woolcock-2001'],
    plot: draw('wide', {
      width: 720, height: 480, marginLeft: 90, marginTop: 40, marginBottom: 20, marginRight: 20, perRow: 4, transposed: false,
      xAxis: { ticks: [0, 1, 2, 3], tickFormat: (i: number) => tieLabel(columnsOrder[i]) },
      yAxis: { ticks: [0, 1, 2], tickFormat: (i: number) => levelLabel(levels[i]) },
      yDomain: [-0.9, 2.5],
      legend: [{ x: -0.45, y: -0.62 }, { x: 0.45, y: -0.62 }, { x: 1.35, y: -0.62 }, { x: -0.45, y: -0.8 }, { x: 0.85, y: -0.8 }],
    }),
    narrow: draw('narrow', {
      width: layouts.narrow.width, height: narrowHeight, marginLeft: 78, marginTop: 30, marginBottom: 136, marginRight: 6, perRow: narrowPerRow, transposed: true,
      xAxis: { ticks: [0, 1, 2], tickFormat: (i: number) => levelLabel(levels[i]) },
      yAxis: { ticks: [0, 1, 2, 3], tickFormat: (i: number) => wrapText(tieLabel(columnsOrder[i]), 9).join('\n'), lineWidth: Infinity },
      yDomain: [columnsOrder.length - 0.5, -0.5],
      // One legend entry a line: the longest label must fit a 340-unit width in either language.
      legend: [0, 1, 2, 3, 4].map((i) => ({ x: -1.3, y: below(20 + i * 24) })),
    }),
  };
}
