/**
 * Progressive enhancement of the build-time chart SVGs (no Plot in the browser):
 * a tooltip on hover and keyboard focus (Escape hides it), and on click or Enter a panel
 * listing the findings behind the mark's cell, with their sources and chapter section.
 * A mark names its row of the figure's data table (aria-labelledby): the row holds the
 * finding, its sources and its basis, once for both layouts, and this script reads them there.
 */
import { escapeHtml } from '../lib/html.ts';

const esc = escapeHtml;

export function enhanceCharts(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.chart')) {
    if (figure.dataset.enhanced) continue;
    figure.dataset.enhanced = '1';
    const tip = figure.querySelector<HTMLElement>('.chart__tip')!;
    const panel = figure.querySelector<HTMLElement>('.chart__panel')!;
    const columns = [...figure.querySelectorAll<HTMLElement>('thead th')].map((th) => th.dataset.col ?? '');
    const rowOf = (mark: Element) => root.getElementById(mark.getAttribute('aria-labelledby') ?? '') as HTMLTableRowElement | null;
    /** A row's cells by column key ("summary", "level", "sources", …), as the table shows them. */
    const cells = (row: HTMLTableRowElement) => Object.fromEntries(columns.map((key, i) => [key, row.cells[i]?.textContent ?? '']));
    const show = (mark: Element) => {
      const row = rowOf(mark);
      if (!row) return;
      tip.textContent = [...row.cells].map((c) => c.textContent).join(' · ');
      const box = mark.getBoundingClientRect(), frame = figure.getBoundingClientRect();
      tip.style.left = `${Math.max(0, Math.min(box.left - frame.left + 12, frame.width - 300))}px`;
      tip.style.top = `${box.bottom - frame.top + 8}px`;
      tip.hidden = false;
    };
    const hide = () => (tip.hidden = true);
    const open = (mark: Element) => {
      const row = rowOf(mark);
      if (!row?.dataset.section) return;
      // The cell: the rows of the same level and tie (matrix), or the mark's own finding (bonding).
      const rows = row.dataset.level
        ? [...figure.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((r) => r.dataset.level === row.dataset.level && r.dataset.tie === row.dataset.tie)
        : [row];
      const abstract = figure.dataset.abstractHref!, chapter = figure.dataset.findingsHref!;
      const items = rows.map((r) => {
        const c = cells(r);
        const refs = (c.sources ?? '').split(/\s+/).filter(Boolean).map((s) => `<a href="${abstract}#${esc(s.toLowerCase())}">${esc(s)}</a>`).join(', ');
        return `<li>${esc(c.summary ?? '')} (${refs}; ${esc(c.basis ?? '')}) <a href="${chapter}#${esc(r.dataset.section!)}" data-section-link>#${esc(r.dataset.section!)}</a></li>`;
      });
      const c = cells(row);
      const title = c.level ? `${c.level} × ${c.tie}` : (c.valence ?? '');
      panel.innerHTML = `<p><strong>${esc(title)}</strong></p><ul>${items.join('')}</ul>`;
    };
    for (const mark of figure.querySelectorAll<SVGElement>('[data-mark]')) {
      // With this script a finding's mark opens its cell: it becomes a button.
      if (rowOf(mark)?.dataset.section) mark.setAttribute('role', 'button');
      mark.addEventListener('mouseenter', () => show(mark));
      mark.addEventListener('focus', () => show(mark));
      mark.addEventListener('mouseleave', hide);
      mark.addEventListener('blur', hide);
      mark.addEventListener('click', () => open(mark));
      mark.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open(mark);
        } else if (e.key === 'Escape') hide();
      });
    }
  }
}
