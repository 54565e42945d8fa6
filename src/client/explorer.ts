/** The findings explorer: filters (level, tie, valence, basis) kept in the URL, dimming chart marks and hiding table rows that do not match, and a CSV download of the rows shown. */
import { toCsv } from '../lib/csv.ts';
import { filterKeys, matches, parseFilters, serializeFilters, type Filters } from '../lib/filters.ts';

const form = document.querySelector<HTMLFormElement>('[data-explorer]')!;
const status = document.querySelector<HTMLElement>('[data-explorer-status]')!;
const rows: Record<string, string>[] = JSON.parse(document.querySelector('[data-explorer-rows]')!.textContent!);
const statusText = status.closest('main')?.querySelector('[data-status-template]')?.textContent ?? '';

function apply(filters: Filters) {
  for (const key of filterKeys) form.elements.namedItem(key) && ((form.elements.namedItem(key) as HTMLSelectElement).value = filters[key] ?? '');
  let shown = 0;
  // The findings table, and each chart's table rows; a chart mark follows the row it names (aria-labelledby).
  for (const el of document.querySelectorAll<HTMLTableRowElement>('[data-finding-row], figure.chart tbody tr')) {
    const d = el.dataset;
    const ok = matches({ level: d.level, tie: d.tie, valence: d.valence, basis: d.basis }, filters);
    el.classList.toggle('is-dimmed', !ok);
    el.hidden = !ok;
    if (el.id) for (const mark of document.querySelectorAll(`[data-mark][aria-labelledby="${el.id}"]`)) mark.classList.toggle('is-dimmed', !ok);
    if (ok && d.findingRow) shown++;
  }
  status.textContent = statusText.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
}
function current(): Filters {
  const out: Filters = {};
  for (const key of filterKeys) {
    const value = (form.elements.namedItem(key) as HTMLSelectElement).value;
    if (value) out[key] = value;
  }
  return out;
}
function update() {
  const filters = current();
  const url = `${location.pathname}${serializeFilters(filters)}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(filters, '', url);
  apply(filters);
}
form.addEventListener('change', update);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update();
});
document.querySelector('[data-explorer-reset]')!.addEventListener('click', () => {
  form.reset();
  update();
});
window.addEventListener('popstate', () => apply(parseFilters(location.search)));
document.querySelector('[data-explorer-download]')!.addEventListener('click', () => {
  const filters = current();
  const picked = rows.filter((r) => matches(r, filters));
  const csv = toCsv(Object.keys(rows[0]), picked);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  a.download = `findings${serializeFilters(filters).replace(/[?&=]/g, '-') || ''}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
});
form.hidden = false;
document.querySelector<HTMLElement>('[data-explorer-download-row]')!.hidden = false;
apply(parseFilters(location.search));
