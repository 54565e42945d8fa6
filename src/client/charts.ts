/**
 * Progressive enhancement of the build-time chart SVGs (no Plot in the browser):
 * a tooltip on hover and keyboard focus (Escape hides it), and on click or Enter a panel
 * listing the findings behind the mark's cell, with their sources and chapter section.
 */
import { escapeHtml } from '../lib/html.ts';

const esc = escapeHtml;

export function enhanceCharts(root: Document): void {
  // Embed code written with a site path (no SITE_URL at build): give it this site's origin.
  for (const code of root.querySelectorAll<HTMLElement>('code[data-embed-path]')) {
    const path = code.dataset.embedPath!;
    code.textContent = (code.textContent ?? '').replace(`src="${path}"`, `src="${new URL(path, location.href).href}"`);
    delete code.dataset.embedPath;
  }
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-figure]')) {
    if (figure.dataset.enhanced) continue;
    figure.dataset.enhanced = '1';
    const tip = figure.querySelector<HTMLElement>('.chart__tip')!;
    const panel = figure.querySelector<HTMLElement>('.chart__panel')!;
    const show = (mark: Element) => {
      tip.textContent = mark.getAttribute('aria-label');
      const box = mark.getBoundingClientRect(), frame = figure.getBoundingClientRect();
      tip.style.left = `${Math.max(0, Math.min(box.left - frame.left + 12, frame.width - 300))}px`;
      tip.style.top = `${box.bottom - frame.top + 8}px`;
      tip.hidden = false;
    };
    const hide = () => (tip.hidden = true);
    const open = (mark: HTMLElement | SVGElement) => {
      const d = (mark as HTMLElement).dataset;
      if (!d.finding) return;
      // The cell: same level and tie (matrix), or the same finding (bonding).
      // Only within the mark's own layout: the figure holds a wide and a narrow drawing of the same marks.
      const svg = mark.closest('svg') ?? figure;
      const cell = d.level
        ? [...svg.querySelectorAll<SVGElement>(`[data-mark][data-level="${d.level}"][data-tie="${d.tie}"]`)]
        : [mark as SVGElement];
      const abstract = figure.dataset.abstractHref!, chapter = figure.dataset.findingsHref!;
      const basisLabel: Record<string, string> = JSON.parse(figure.dataset.basisLabels ?? '{}');
      const items = cell.map((m) => {
        const x = m.dataset;
        const refs = (x.sources ?? '').split(' ').filter(Boolean).map((s) => `<a href="${abstract}#${s.toLowerCase()}">${esc(s)}</a>`).join(', ');
        return `<li>${esc(x.summary ?? '')} (${refs}; ${esc(basisLabel[x.basis ?? ''] ?? x.basis ?? '')}) <a href="${chapter}#${esc(x.section ?? '')}" data-section-link>#${esc(x.section ?? '')}</a></li>`;
      });
      panel.innerHTML = `<p><strong>${esc(mark.getAttribute('aria-label')!.split(':')[0])}</strong></p><ul>${items.join('')}</ul>`;
    };
    for (const mark of figure.querySelectorAll<SVGElement>('[data-mark]')) {
      // With this script a finding's mark opens its cell: it becomes a button.
      if (mark.dataset.finding) mark.setAttribute('role', 'button');
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
