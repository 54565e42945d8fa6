/**
 * The section citation popover, loaded on the first click of a section cite control
 * (src/client/section-cite.ts), so a reader who never cites a section never downloads it,
 * nor the language's citation templates it fills (fetched once: src/lib/citation/section.ts).
 */
import { citeTemplatesPath, sectionCitations, type CiteTemplates, type PageCiteData } from '../lib/citation/section.ts';
import { addCopyButtons, fillAccessedSlots } from './cite.ts';

let templates: Promise<CiteTemplates | null> | undefined;
/** The page language's templates, fetched once; null if the file cannot be read. */
function loadTemplates(doc: Document): Promise<CiteTemplates | null> {
  return (templates ??= fetch(citeTemplatesPath(doc.documentElement.lang, import.meta.env.BASE_URL))
    .then((r) => (r.ok ? (r.json() as Promise<CiteTemplates>) : null))
    .catch(() => null));
}

/** The popover for one heading, or null when its citations cannot be made. */
export async function buildPop(doc: Document, heading: HTMLElement, page: PageCiteData, popId: string, label: string, close: () => void): Promise<HTMLElement | null> {
  const data = await loadTemplates(doc);
  if (!data) return null;
  const id = heading.dataset.section!;
  const titles: string[] = heading.dataset.citeTitles ? JSON.parse(heading.dataset.citeTitles) : heading.dataset.citeTitle ? [heading.dataset.citeTitle] : [];
  const url = new URL(`#${id}`, new URL(page.url, location.href)).href;
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
  head.textContent = page.label;
  const shut = doc.createElement('button');
  shut.type = 'button';
  shut.className = 'cite-copy';
  shut.textContent = data.close;
  shut.addEventListener('click', close);
  head.append(shut);
  const list = citeList(doc, data.styles.map((s) => s.label), html, pageList);
  pop.append(head, list);
  pop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.stopPropagation(); close(); }
  });
  fillAccessedSlots(pop);
  addCopyButtons(pop, doc);
  return pop;
}

/** A list of citations (one row per style label), copying as the page's own list says. */
function citeList(doc: Document, labels: string[], html: string[], pageList: HTMLElement | null): HTMLElement {
  const list = doc.createElement('dl');
  list.className = 'cite-list';
  list.lang = doc.documentElement.lang;
  list.dataset.copy = pageList?.dataset.copy ?? '';
  list.dataset.copied = pageList?.dataset.copied ?? '';
  labels.forEach((label, i) => {
    const row = doc.createElement('div');
    row.className = 'cite-list__row';
    row.dataset.jsOnly = '';
    const dt = doc.createElement('dt');
    dt.textContent = label;
    const dd = doc.createElement('dd');
    const span = doc.createElement('span');
    span.className = 'cite-list__text';
    span.innerHTML = html[i];
    dd.append(span);
    row.append(dt, dd);
    list.append(row);
  });
  return list;
}

/** The page's citation in the styles its cite box leaves to the script (the box lists the first), under the first. */
export async function addPageStyles(doc: Document, page: PageCiteData): Promise<void> {
  const data = await loadTemplates(doc);
  const pageList = doc.querySelectorAll<HTMLElement>('#cite dl.cite-list')[1];
  const html = data && sectionCitations(data, page.pageTitles ?? [], new URL(page.url, location.href).href);
  const shown = pageList?.querySelectorAll('.cite-list__row').length ?? 0;
  if (!html || !pageList || shown >= html.length) return;
  const extra = citeList(doc, data!.styles.slice(shown).map((s) => s.label), html.slice(shown), pageList);
  fillAccessedSlots(extra);
  const holder = doc.createElement('div');
  holder.append(extra);
  addCopyButtons(holder, doc);
  pageList.append(...extra.children);
}
