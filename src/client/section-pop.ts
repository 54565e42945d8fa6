/**
 * The section citation popover, loaded on the first click of a section cite control
 * (src/client/section-cite.ts), so a reader who never cites a section never downloads it.
 */
import { sectionCitations, type SectionCiteData } from '../lib/citation/section.ts';
import { addCopyButtons, fillAccessedSlots } from './cite.ts';

/** The popover for one heading, or null when its citations cannot be made. */
export function buildPop(doc: Document, heading: HTMLElement, data: SectionCiteData, popId: string, label: string, close: () => void): HTMLElement | null {
  const id = heading.dataset.section!;
  const titles: string[] = heading.dataset.citeTitles ? JSON.parse(heading.dataset.citeTitles) : heading.dataset.citeTitle ? [heading.dataset.citeTitle] : [];
  const url = new URL(`#${id}`, new URL(data.url, location.href)).href;
  const html = heading.dataset.citeHtml ? (JSON.parse(heading.dataset.citeHtml) as string[]) : sectionCitations(data, titles, url);
  if (!html) return null;
  const pageList = doc.querySelector<HTMLElement>('dl.cite-list');
  const pop = doc.createElement('div');
  pop.className = 'cite-pop';
  pop.id = popId;
  pop.dataset.jsOnly = '';
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
  fillAccessedSlots(pop);
  addCopyButtons(pop, doc);
  return pop;
}
