import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { levels, ties } from '../vocabulary.ts';
import type { Actor, Framework } from '../dataset.ts';
import { chartStyle, tagged, type ChartRow } from './common.ts';

export interface ActorLabels { title: string; caption: string; description: string; columns: { actor: string; level: string; tie: string; rationale: string; source: string } }

/** Actor map: each actor at the editors' level (row) and tie (column); all placements are interpretations. */
export function actorsChart(actors: Actor[], framework: Framework, lang: Lang, l: ActorLabels) {
  const levelLabel = (id: string) => framework.levels.find((x) => x.id === id)!.label[lang];
  const tieLabel = (id: string) => framework.ties.find((x) => x.id === id)!.label[lang];
  const rows: (ChartRow & { px: number; py: number })[] = [];
  for (const [yi, level] of levels.entries()) {
    for (const [xi, tie] of ties.entries()) {
      actors.filter((a) => a.level === level && a.tie === tie).forEach((a, k, here) => {
        rows.push({ key: a.id, actor: a.id, name: a.name[lang], level, tie, basis: a.basis, rationale: a.rationale[lang], source: a.sources.join(' '), px: xi - 0.45, py: yi + 0.3 - k * (0.75 / Math.max(here.length, 2)) });
      });
    }
  }
  const label = (r: ChartRow) => `${r.name}: ${levelLabel(r.level)} × ${tieLabel(r.tie)}. ${r.rationale} (${r.source})`;
  return {
    name: 'actors', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'name', label: l.columns.actor }, { key: 'level', label: l.columns.level }, { key: 'tie', label: l.columns.tie }, { key: 'rationale', label: l.columns.rationale }, { key: 'source', label: l.columns.source }],
    rows: rows.map(({ px, py, ...r }) => r as ChartRow),
    sources: [...new Set(rows.flatMap((r) => r.source.split(' ')))].sort(),
    plot: {
      width: 760, height: 460, marginLeft: 70, marginTop: 40, marginRight: 20, marginBottom: 34, style: chartStyle,
      ariaLabel: l.title, ariaDescription: l.description,
      x: { domain: [-0.5, 2.5], axis: 'top', ticks: [0, 1, 2], tickFormat: (i: number) => tieLabel(ties[i]), label: null, tickSize: 0 },
      y: { domain: [-0.5, 2.5], ticks: [0, 1, 2], tickFormat: (i: number) => levelLabel(levels[i]), label: null, tickSize: 0 },
      marks: [
        Plot.rect(levels.flatMap((_, y) => ties.map((_, x) => ({ x, y }))), { x1: (d) => d.x - 0.49, x2: (d) => d.x + 0.49, y1: (d) => d.y - 0.48, y2: (d) => d.y + 0.48, fill: '#f3f1ea', stroke: '#6b675e', ariaHidden: true }),
        Plot.dot(rows, { x: 'px', y: 'py', r: 6, symbol: 'diamond', fill: '#8a4b08', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(rows, label) }),
        // The image says what it is even when downloaded without its caption.
        Plot.text([l.title], { frameAnchor: 'bottom-left', dy: 24, text: (d) => d, fontStyle: 'italic', fill: '#1c1b19', ariaHidden: true }),
        Plot.text(rows, { x: 'px', y: 'py', text: 'name', textAnchor: 'start', dx: 10, lineWidth: 14, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
