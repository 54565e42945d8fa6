import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import type { Finding } from '../dataset.ts';
import { bases } from '../vocabulary.ts';
import { basisSymbol, chartStyle, tagged, valenceColor, type ChartRow } from './common.ts';

export interface BondingLabels { title: string; caption: string; description: string; valence: Record<string, string>; columns: { valence: string; summary: string; basis: string; sources: string } }

/** Bonding: strengths and barriers as two columns of categories, one mark per finding; no lengths. */
export function bondingChart(findings: Finding[], lang: Lang, l: BondingLabels) {
  const bonding = findings.filter((f) => f.tie === 'bonding');
  const groups = ['strength', 'barrier'] as const;
  const rows = groups.flatMap((v, gi) => bonding.filter((f) => f.valence === v).map((f, k) => ({
    key: f.id, finding: f.id, valence: f.valence, basis: f.basis, section: f.section, sources: f.sources.join(' '), summary: f.summary[lang], gx: gi, gy: k,
  })));
  const label = (r: ChartRow) => `${l.valence[r.valence]}: ${r.summary} (${r.sources})`;
  const depth = Math.max(...groups.map((v) => bonding.filter((f) => f.valence === v).length), 1);
  return {
    name: 'bonding', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'valence', label: l.columns.valence }, { key: 'summary', label: l.columns.summary }, { key: 'basis', label: l.columns.basis }, { key: 'sources', label: l.columns.sources }],
    rows: rows.map(({ gx, gy, ...r }) => r as ChartRow),
    sources: [...new Set(bonding.flatMap((f) => f.sources))].sort(),
    plot: {
      width: 760, height: 70 + depth * 62, marginTop: 40, marginLeft: 20, marginRight: 20, style: chartStyle,
      ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.1, 2], axis: 'top', ticks: [0, 1], tickFormat: (i: number) => l.valence[groups[i]], label: null, tickSize: 0 },
      y: { domain: [depth - 0.5, -0.5], axis: null },
      symbol: { domain: [...bases], range: [basisSymbol.stated, basisSymbol.interpreted] },
      marks: [
        Plot.dot(rows, { x: 'gx', y: 'gy', r: 7, symbol: 'basis', fill: (d) => valenceColor[d.valence], stroke: '#1c1b19', ariaLabel: l.title, render: tagged(rows as unknown as ChartRow[], label) }),
        Plot.text(rows, { x: 'gx', y: 'gy', text: 'summary', textAnchor: 'start', dx: 14, lineWidth: 24, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
