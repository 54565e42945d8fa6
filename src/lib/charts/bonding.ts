import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import type { Finding } from '../dataset.ts';
import { bases } from '../vocabulary.ts';
import { basisSymbol, fontUnits, layouts, styleFor, tagged, targetUnits, valenceColor, wrapText, type ChartRow } from './common.ts';

export interface BondingLabels { title: string; caption: string; description: string; valence: Record<string, string>; columns: { valence: string; summary: string; basis: string; sources: string } }

/**
 * Bonding: strengths and barriers as two columns of categories, one mark per finding; no lengths.
 * The narrow layout stacks the two groups in one column, each finding's summary wrapped beside its mark.
 */
export function bondingChart(findings: Finding[], lang: Lang, l: BondingLabels) {
  const bonding = findings.filter((f) => f.tie === 'bonding');
  const groups = ['strength', 'barrier'] as const;
  const rows = groups.flatMap((v, gi) => bonding.filter((f) => f.valence === v).map((f, k) => ({
    key: f.id, finding: f.id, valence: f.valence, basis: f.basis, section: f.section, sources: f.sources.join(' '), summary: f.summary[lang], gx: gi, gy: k,
  })));
  const label = (r: ChartRow) => `${l.valence[r.valence]}: ${r.summary} (${r.sources})`;
  const depth = Math.max(...groups.map((v) => bonding.filter((f) => f.valence === v).length), 1);
  const symbol = { domain: [...bases], range: [basisSymbol.stated, basisSymbol.interpreted] };
  const wideWidth = 760;

  // Narrow: pixel positions (identity scales), a heading per group, then one finding per block of wrapped lines.
  const W = layouts.narrow.width;
  const font = fontUnits('narrow', W), lineHeight = Math.round(font * 1.3);
  const maxChars = Math.floor((W - 34) / (font * 0.56));
  const headings: { x: number; y: number; text: string }[] = [];
  const placed: (typeof rows[number] & { px: number; py: number; lines: string })[] = [];
  let top = 4;
  for (const v of groups) {
    headings.push({ x: 4, y: top, text: l.valence[v] });
    top += lineHeight + 10;
    for (const r of rows.filter((x) => x.valence === v)) {
      const lines = wrapText(r.summary, maxChars);
      const block = Math.max(targetUnits('narrow', W) + 4, lines.length * lineHeight + 10);
      placed.push({ ...r, px: 14, py: top + lineHeight / 2, lines: lines.join('\n') });
      top += block;
    }
    top += 8;
  }
  return {
    name: 'bonding', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'valence', label: l.columns.valence }, { key: 'summary', label: l.columns.summary }, { key: 'basis', label: l.columns.basis }, { key: 'sources', label: l.columns.sources }],
    rows: rows.map(({ gx, gy, ...r }) => r as ChartRow),
    sources: [...new Set(bonding.flatMap((f) => f.sources))].sort(),
    plot: {
      width: wideWidth, height: 70 + depth * 62, marginTop: 40, marginLeft: 20, marginRight: 20, style: styleFor('wide', wideWidth),
      ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.1, 2], axis: 'top', ticks: [0, 1], tickFormat: (i: number) => l.valence[groups[i]], label: null, tickSize: 0 },
      y: { domain: [depth - 0.5, -0.5], axis: null },
      symbol,
      marks: [
        Plot.dot(rows, { x: 'gx', y: 'gy', r: 7, symbol: 'basis', fill: (d) => valenceColor[d.valence], stroke: '#1c1b19', ariaLabel: l.title, render: tagged(rows as unknown as ChartRow[], label, 'wide') }),
        Plot.text(rows, { x: 'gx', y: 'gy', text: 'summary', textAnchor: 'start', dx: 14, lineWidth: 24, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
    narrow: {
      width: W, height: top, margin: 0, style: styleFor('narrow', W), ariaLabel: l.title, ariaDescription: l.description,
      x: { type: 'identity', axis: null }, y: { type: 'identity', axis: null }, symbol,
      marks: [
        Plot.text(headings, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'top', fontWeight: 'bold', fill: '#1c1b19', ariaHidden: true }),
        Plot.dot(placed, { x: 'px', y: 'py', r: 7, symbol: 'basis', fill: (d) => valenceColor[d.valence], stroke: '#1c1b19', ariaLabel: l.title, render: tagged(placed.map(({ px, py, lines, gx, gy, ...r }) => r) as unknown as ChartRow[], label, 'narrow') }),
        Plot.text(placed, { x: (d) => d.px + 14, y: (d) => d.py - lineHeight / 2, text: 'lines', textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.3, lineWidth: Infinity, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
