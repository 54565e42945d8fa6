/**
 * The compact "cite this section" control beside each heading's anchor link. It exists only
 * with JavaScript (without it, the heading's permanent link and the page's cite box at its
 * end serve). A click (or Enter/Space) opens the section's citation in every style below the
 * heading, filled in from the page's templates (src/lib/citation/section.ts), with today's
 * accessed date and copy buttons; the control or Escape closes it and focus returns to it.
 */
import { sectionCitations, type SectionCiteData } from '../lib/citation/section.ts';
import { addCopyButtons, fillAccessedSlots } from './cite.ts';

export function enableSectionCite(doc: Document): void {
  const block = doc.querySelector<HTMLElement>('script[data-section-cite-data]');
  if (!block) return;
  const data = JSON.parse(block.textContent ?? '{}') as SectionCiteData;
  const pageList = doc.querySelector<HTMLElement>('dl.cite-list');
  const pageUrl = new URL(data.url, location.href);
  for (const heading of doc.querySelectorAll<HTMLElement>('.section-heading[data-section]')) {
    const id = heading.dataset.section!;
    const anchor = heading.querySelector('.section-heading__anchor');
    const titleEl = heading.querySelector('h2, h3, h4, h5, h6');
    if (!anchor || !titleEl || heading.querySelector('.section-heading__cite')) continue;
    const titles: string[] = heading.dataset.citeTitles ? JSON.parse(heading.dataset.citeTitles) : heading.dataset.citeTitle ? [heading.dataset.citeTitle] : [];
    const url = new URL(`#${id}`, pageUrl).href;
    const html = heading.dataset.citeHtml ? (JSON.parse(heading.dataset.citeHtml) as string[]) : sectionCitations(data, titles, url);
    if (!html) continue;
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
    button.addEventListener('click', () => {
      if (doc.getElementById(popId)) return close();
      const pop = doc.createElement('div');
      pop.className = 'cite-pop';
      pop.dataset.jsOnly = '';
      pop.id = popId;
      pop.setAttribute('role', 'group');
      pop.setAttribute('aria-label', label);
      const head = doc.createElement('p');
      head.className = 'cite-pop__head';
      head.textContent = data.label;
      const shut = doc.createElement('button');
      shut.type = 'button';
      shut.className = 'cite-copy';
      shut.textContent = data.close;
      shut.addEventListener('click', close);
      head.append(shut);
      const list = doc.createElement('dl');
      list.className = 'cite-list';
      list.lang = doc.documentElement.lang;
      list.dataset.copy = pageList?.dataset.copy ?? '';
      list.dataset.copied = pageList?.dataset.copied ?? '';
      data.styles.forEach((style, i) => {
        const row = doc.createElement('div');
        row.className = 'cite-list__row';
        const dt = doc.createElement('dt');
        dt.textContent = style.label;
        const dd = doc.createElement('dd');
        const span = doc.createElement('span');
        span.className = 'cite-list__text';
        span.innerHTML = html[i];
        dd.append(span);
        row.append(dt, dd);
        list.append(row);
      });
      pop.append(head, list);
      pop.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { e.stopPropagation(); close(); }
      });
      button.after(pop);
      fillAccessedSlots(pop);
      addCopyButtons(pop, doc);
      button.setAttribute('aria-expanded', 'true');
    });
    button.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && doc.getElementById(popId)) { e.stopPropagation(); close(); }
    });
  }
}
