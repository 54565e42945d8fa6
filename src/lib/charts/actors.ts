import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { levels, ties } from '../vocabulary.ts';
import type { Actor, Framework } from '../dataset.ts';
import { fontUnits, layouts, styleFor, tagged, targetUnits, wrapText, type ChartRow } from './common.ts';

export interface ActorLabels { title: string; caption: string; description: string; columns: { actor: string; level: string; tie: string; rationale: string; source: string } }

/**
 * Actor map: each actor at the editors' level (row) and tie (column); all placements are interpretations.
 * The narrow layout lists the actors by level (macro first, as in the wide map), each with a mark in its tie's column.
 */
export function actorsChart(actors: Actor[], framework: Framework, lang: Lang, l: ActorLabels) {
  const levelLabel = (id: string) => framework.levels.find((x) => x.id === id)!.label[lang];
  const tieLabel = (id: string) => framework.ties.find((x) => x.id === id)!.label[lang];
  const wideWidth = 760, wideMarginTop = 40, wideMarginBottom = 34;
  const step = targetUnits('wide', wideWidth) + 4;
  const maxInCell = Math.max(1, ...levels.flatMap((level) => ties.map((tie) => actors.filter((a) => a.level === level && a.tie === tie).length)));
  // A level's row is tall enough for its fullest cell's marks, `step` px apart.
  const rowPx = Math.max(128, (maxInCell + 1) * step);
  const wideHeight = wideMarginTop + wideMarginBottom + levels.length * rowPx;
  const rows: (ChartRow & { px: number; py: number })[] = [];
  for (const [yi, level] of levels.entries()) {
    for (const [xi, tie] of ties.entries()) {
      actors.filter((a) => a.level === level && a.tie === tie).forEach((a, k) => {
        rows.push({ key: a.id, actor: a.id, name: a.name[lang], level, tie, basis: a.basis, rationale: a.rationale[lang], source: a.sources.join(' '), px: xi - 0.45, py: yi + 0.5 - (k + 1) * (step / rowPx) });
      });
    }
  }
  const label = (r: ChartRow) => `${r.name}: ${levelLabel(r.level)} × ${tieLabel(r.tie)}. ${r.rationale} (${r.source})`;
  const table = rows.map(({ px, py, ...r }) => r as ChartRow);

  // Narrow: pixel positions. Names on the left, three tie columns on the right, a heading per level.
  const W = layouts.narrow.width;
  const font = fontUnits('narrow', W), lineHeight = Math.round(font * 1.3);
  const tieX = ties.map((_, i) => W - 36 - (ties.length - 1 - i) * 54);
  const maxChars = Math.floor((tieX[0] - 30 - 8) / (font * 0.56));
  // Column heads alternate between two lines, so neighbouring names never touch.
  const headings: { x: number; y: number; text: string; anchor: string }[] = ties.map((tie, i) => ({ x: tieX[i], y: 4 + (i % 2) * lineHeight, text: tieLabel(tie), anchor: 'middle' }));
  const listed: (ChartRow & { px: number; py: number; lines: string })[] = [];
  let top = 4 + 2 * lineHeight + 8;
  for (const level of [...levels].reverse()) {
    const here = rows.filter((r) => r.level === level);
    if (!here.length) continue;
    headings.push({ x: 4, y: top, text: levelLabel(level), anchor: 'start' });
    top += lineHeight + 6;
    for (const r of here) {
      const lines = wrapText(r.name, maxChars);
      const block = Math.max(targetUnits('narrow', W) + 4, lines.length * lineHeight + 8);
      listed.push({ ...r, px: tieX[ties.indexOf(r.tie as (typeof ties)[number])], py: top + block / 2, lines: lines.join('\n') });
      top += block;
    }
    top += 6;
  }
  const grid = listed.map((r) => ({ y: r.py }));
  const titleLines = wrapText(l.title, Math.floor((W - 8) / (font * 0.56)));
  return {
    name: 'actors', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'name', label: l.columns.actor }, { key: 'level', label: l.columns.level }, { key: 'tie', label: l.columns.tie }, { key: 'rationale', label: l.columns.rationale }, { key: 'source', label: l.columns.source }],
    rows: table,
    sources: [...new Set(rows.flatMap((r) => r.source.split(' ')))].sort(),
    plot: {
      width: wideWidth, height: wideHeight, marginLeft: 70, marginTop: wideMarginTop, marginRight: 20, marginBottom: wideMarginBottom, style: styleFor('wide', wideWidth),
      ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.5, 2.5], axis: 'top', ticks: [0, 1, 2], tickFormat: (i: number) => tieLabel(ties[i]), label: null, tickSize: 0 },
      y: { domain: [-0.5, 2.5], ticks: [0, 1, 2], tickFormat: (i: number) => levelLabel(levels[i]), label: null, tickSize: 0 },
      marks: [
        Plot.rect(levels.flatMap((_, y) => ties.map((_, x) => ({ x, y }))), { x1: (d) => d.x - 0.49, x2: (d) => d.x + 0.49, y1: (d) => d.y - 0.48, y2: (d) => d.y + 0.48, fill: '#f3f1ea', stroke: '#6b675e', ariaHidden: true }),
        Plot.dot(rows, { x: 'px', y: 'py', r: 6, symbol: 'diamond', fill: '#8a4b08', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(table, label, 'wide') }),
        // The image says what it is even when downloaded without its caption.
        Plot.text([l.title], { frameAnchor: 'bottom-left', dy: 24, text: (d) => d, fontStyle: 'italic', fill: '#1c1b19', ariaHidden: true }),
        Plot.text(rows, { x: 'px', y: 'py', text: 'name', textAnchor: 'start', dx: 10, lineWidth: 14, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
    narrow: {
      width: W, height: top + titleLines.length * lineHeight + 10, margin: 0, style: styleFor('narrow', W), ariaLabel: l.title, ariaDescription: l.description,
      x: { type: 'identity', axis: null }, y: { type: 'identity', axis: null },
      marks: [
        // A faint line per actor joins the name to its mark.
        Plot.ruleY(grid, { y: 'y', x1: 4, x2: W - 4, stroke: '#cfcabd', ariaHidden: true }),
        Plot.ruleX(tieX, { x: (d) => d, y1: 4 + 2 * lineHeight + 4, y2: top - 4, stroke: '#cfcabd', strokeDasharray: '2 3', ariaHidden: true }),
        // Plot's textAnchor is one value per mark: tie heads are centred on their column, level heads start at the left.
        ...(['middle', 'start'] as const).map((anchor) => Plot.text(headings.filter((h) => h.anchor === anchor), { x: 'x', y: 'y', text: 'text', textAnchor: anchor, lineAnchor: 'top', fontWeight: 'bold', fill: '#1c1b19', ariaHidden: true })),
        Plot.text(listed, { x: 12, y: 'py', text: 'lines', textAnchor: 'start', lineAnchor: 'middle', lineHeight: 1.3, lineWidth: Infinity, fill: '#1c1b19', stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke', ariaHidden: true }),
        Plot.dot(listed, { x: 'px', y: 'py', r: 7, symbol: 'diamond', fill: '#8a4b08', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(listed.map(({ px, py, lines, ...r }) => r as ChartRow), label, 'narrow') }),
        Plot.text([titleLines.join('\n')], { x: 4, y: top + 4, text: (d) => d, textAnchor: 'start', lineAnchor: 'top', fontStyle: 'italic', lineHeight: 1.3, lineWidth: Infinity, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
