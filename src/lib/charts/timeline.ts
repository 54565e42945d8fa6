import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n.ts';
import { eventEnd, eventStart, type TimelineEvent } from '../dataset.ts';
import { formatSourceDate } from '../dates.ts';
import { fontUnits, layouts, styleFor, tagged, targetUnits, wrapText, type ChartRow } from './common.ts';

export interface TimelineLabels { title: string; caption: string; description: string; precision: Record<string, string>; columns: { date: string; precision: string; event: string; source: string } }

const symbolOf = { day: 'circle', month: 'square', year: 'triangle' } as const;

/**
 * Timeline on a real time axis: a day is a point; a month or a year is drawn as the span it covers.
 * The wide layout puts the labels in a column on the right; the narrow one writes each label under its event's line.
 */
export function timelineChart(events: TimelineEvent[], lang: Lang, l: TimelineLabels) {
  const sorted = [...events].sort((a, b) => eventStart(a.date).getTime() - eventStart(b.date).getTime() || a.id.localeCompare(b.id));
  const rows = sorted.map((e, i) => ({ key: e.id, event: e.id, date: e.date, shown: formatSourceDate(e.date, lang), precision: e.precision, precisionLabel: l.precision[e.precision], text: e.label[lang], source: e.source, i }));
  const table = rows.map(({ i, ...r }) => r as ChartRow);
  const label = (r: ChartRow) => `${r.shown} (${r.precisionLabel}): ${r.text} (${r.source})`;
  const symbol = { domain: ['day', 'month', 'year'], range: [symbolOf.day, symbolOf.month, symbolOf.year] };
  // The axis spans the events' years, from January of the first to the middle of the year after the last.
  const years = rows.map((r) => eventStart(r.date).getUTCFullYear());
  const domain = [new Date(Date.UTC(Math.min(...years), 0, 1)), new Date(Date.UTC(Math.max(...years), 6, 1))];
  const span = { x1: (d: { date: string }) => eventStart(d.date), x2: (d: { date: string; precision: string }) => eventEnd(d.date, d.precision as 'month' | 'year') };
  const wideWidth = 760;
  const wideRow = Math.max(30, targetUnits('wide', wideWidth) + 2);

  // Narrow: identity y (pixels); each event is its line (mark and band) and, under it, its wrapped label.
  const W = layouts.narrow.width;
  const font = fontUnits('narrow', W), lineHeight = Math.round(font * 1.3);
  const maxChars = Math.floor((W - 40) / (font * 0.56));
  let top = 30;
  const placed = rows.map((r) => {
    const lines = wrapText(`${r.shown}: ${r.text}`, maxChars);
    const y = top + targetUnits('narrow', W) / 2;
    top = y + targetUnits('narrow', W) / 2 + lines.length * lineHeight + 22;
    return { ...r, y, lines: lines.join('\n') };
  });
  return {
    name: 'timeline', title: l.title, caption: l.caption, description: l.description,
    columns: [{ key: 'shown', label: l.columns.date }, { key: 'precisionLabel', label: l.columns.precision }, { key: 'text', label: l.columns.event }, { key: 'source', label: l.columns.source }],
    rows: table,
    sources: [...new Set(sorted.map((e) => e.source))].sort(),
    plot: {
      width: wideWidth, height: 60 + rows.length * wideRow, marginLeft: 20, marginRight: 10, marginTop: 30, style: styleFor('wide', wideWidth),
      ariaLabel: l.title, ariaDescription: l.description,
      x: { type: 'utc', axis: 'top', label: null, range: [20, 240], domain, grid: true, ticks: 'year' },
      y: { domain: [rows.length - 0.5, -0.5], axis: null },
      symbol,
      marks: [
        Plot.ruleY(rows.filter((r) => r.precision !== 'day'), { y: 'i', ...span, stroke: '#8a4b08', strokeWidth: 5, strokeOpacity: 0.6, ariaHidden: true }),
        Plot.dot(rows, { x: (d) => eventStart(d.date), y: 'i', symbol: 'precision', r: 6, fill: '#0b57a4', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(table, label, 'wide') }),
        // Labels form a column on the right, one line per event, so none overlaps another.
        Plot.text(rows, { y: 'i', frameAnchor: 'right', textAnchor: 'end', text: (d) => `${d.shown}: ${d.text}`, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
    narrow: {
      width: W, height: top, marginLeft: 20, marginRight: 20, marginTop: 24, marginBottom: 0, style: styleFor('narrow', W),
      ariaLabel: l.title, ariaDescription: l.description,
      x: { type: 'utc', axis: 'top', label: null, domain, grid: true, ticks: 'year' },
      y: { type: 'identity', axis: null },
      symbol,
      marks: [
        Plot.ruleY(placed.filter((r) => r.precision !== 'day'), { y: 'y', ...span, stroke: '#8a4b08', strokeWidth: 5, strokeOpacity: 0.6, ariaHidden: true }),
        Plot.dot(placed, { x: (d) => eventStart(d.date), y: 'y', symbol: 'precision', r: 6, fill: '#0b57a4', stroke: '#1c1b19', ariaLabel: l.title, render: tagged(table, label, 'narrow') }),
        Plot.text(placed, { frameAnchor: 'left', y: (d) => d.y + targetUnits('narrow', W) / 2 - 2, text: 'lines', textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.3, lineWidth: Infinity, fill: '#1c1b19', ariaHidden: true }),
      ],
    },
  };
}
