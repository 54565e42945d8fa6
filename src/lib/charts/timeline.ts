import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { eventEnd, eventStart, type TimelineEvent } from '../dataset.ts';
import { formatSourceDate } from '../dates.ts';
import { chartStyle, tagged, type ChartRow } from './common.ts';

export interface TimelineLabels { title: string; caption: string; description: string; precision: Record<string, string>; columns: { date: string; precision: string; event: string; source: string } }

const symbolOf = { day: 'circle', month: 'square', year: 'triangle' } as const;

/** Timeline on a real time axis: a day is a point; a month or a year is drawn as the span it covers. */
export function timelineChart(events: TimelineEvent[], lang: Lang, l: TimelineLabels) {
  const sorted = [...events].sort((a, b) => eventStart(a.date).getTime() - eventStart(b.date).getTime() || a.id.localeCompare(b.id));
  const rows = sorted.map((e, i) => ({ key: e.id, event: e.id, date: e.date, shown: formatSourceDate(e.date, lang), precision: e.precision, precisionLabel: l.precision[e.precision], text: e.label[lang], source: e.source, i }));
  const label = (r: ChartRow) => `${r.shown} (${r.precisionLabel}): ${r.text} (${r.source})`;
  return {
    name: 'timeline', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'shown', label: l.columns.date }, { key: 'precisionLabel', label: l.columns.precision }, { key: 'text', label: l.columns.event }, { key: 'source', label: l.columns.source }],
    rows: rows.map(({ i, ...r }) => r as ChartRow),
    sources: [...new Set(sorted.map((e) => e.source))].sort(),
    plot: {
      width: 860, height: 60 + rows.length * 30, marginLeft: 20, marginRight: 10, marginTop: 30, style: chartStyle,
      ariaLabel: l.title, ariaDescription: l.description,
      x: { type: 'utc', axis: 'top', label: null, range: [20, 380], domain: [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2022, 6, 1))], grid: true },
      y: { domain: [rows.length - 0.5, -0.5], axis: null },
      symbol: { domain: ['day', 'month', 'year'], range: [symbolOf.day, symbolOf.month, symbolOf.year] },
      marks: [
        Plot.ruleY(rows.filter((r) => r.precision !== 'day'), { y: 'i', x1: (d) => eventStart(d.date), x2: (d) => eventEnd(d.date, d.precision as 'month' | 'year'), stroke: '#8a4b08', strokeWidth: 5, strokeOpacity: 0.6, ariaHidden: true }),
        Plot.dot(rows, { x: (d) => eventStart(d.date), y: 'i', symbol: 'precision', r: 6, fill: '#0b57a4', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(rows as unknown as ChartRow[], label) }),
        // Labels form a column on the right, one line per event, so none overlaps another.
        Plot.text(rows, { y: 'i', frameAnchor: 'right', textAnchor: 'end', text: (d) => `${d.shown}: ${d.text}`, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
