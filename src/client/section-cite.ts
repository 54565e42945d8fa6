/**
 * The compact "cite this section" control beside each heading's anchor link. It exists only
 * with JavaScript (without it, the heading's permanent link and the page's cite box at its
 * end serve). A click (or Enter/Space) opens the section's citation in every style below the
 * heading, filled in from the language's templates (src/lib/citation/section.ts, loaded with
 * their file on the first click: src/client/section-pop.ts), with today's accessed date and copy buttons; the
 * control, the popover's Close button or Escape closes it and focus returns to the control.
 */
import type { PageCiteData } from '../lib/citation/section.ts';

export function enableSectionCite(doc: Document): void {
  const block = doc.querySelector<HTMLElement>('script[data-section-cite-data]');
  if (!block) return;
  const data = JSON.parse(block.textContent ?? '{}') as PageCiteData;
  // The page's own citation in its other styles, made when the cite box first opens.
  if (data.pageTitles) doc.getElementById('cite')?.addEventListener('toggle', () => import('./section-pop.ts').then((m) => m.addPageStyles(doc, data)), { once: true });
  for (const heading of doc.querySelectorAll<HTMLElement>('.section-heading[data-section]')) {
    const id = heading.dataset.section!;
    const anchor = heading.querySelector('.section-heading__anchor');
    const titleEl = heading.firstElementChild; // SectionHeading.astro: the heading, then its anchor link
    if (!anchor || !titleEl || heading.querySelector('.section-heading__cite')) continue;
    const popId = `cite-pop-${id}`;
    const label = `${data.label}: ${titleEl.textContent?.trim() ?? ''}`;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'section-heading__cite';
    button.dataset.jsOnly = ''; // added by script: the no-JavaScript parity check leaves it out
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', popId);
    button.setAttribute('aria-label', label);
    button.innerHTML = '<span aria-hidden="true">❝</span>';
    anchor.after(button);

    const close = () => {
      doc.getElementById(popId)?.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    button.addEventListener('click', async () => {
      if (doc.getElementById(popId)) return close();
      const { buildPop } = await import('./section-pop.ts');
      const pop = await buildPop(doc, heading, data, popId, label, close);
      if (!pop || doc.getElementById(popId)) return;
      button.after(pop);
      button.setAttribute('aria-expanded', 'true');
    });
    button.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && doc.getElementById(popId)) { e.stopPropagation(); close(); }
    });
  }
}
