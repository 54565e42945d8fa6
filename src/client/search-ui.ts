/**
 * The search interface: loads Pagefind's JS API (only now, when the reader opens search),
 * runs queries as the reader types, and renders results with our own accessible markup.
 * On the search page the query and filters live in the URL (`?q=…&level=micro`).
 */
import { flattenHits, reweight, type PageResult } from '../lib/search/rank.ts';
import { hasFilters, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search/url.ts';

interface Config {
  lang: string;
  base: string;
  variant: 'dialog' | 'page';
  filters: string[];
  known: Record<string, readonly string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: { score: number; data(): Promise<PageResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const RESULTS_SHOWN = 10;
/** Re-ranking by page weight looks a little deeper than what is shown. */
const RESULTS_FETCHED = 20;
let pagefind: Promise<Pagefind> | null = null;

/** One Pagefind per page, imported from the built site's /pagefind/ (never bundled). */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountSearch(root: HTMLElement): { run(): Promise<void> } {
  const config = JSON.parse(root.dataset.search!) as Config;
  const strings = JSON.parse(root.dataset.searchStrings!) as Record<string, string>;
  const s = (key: string, fallback = key) => strings[key] ?? fallback;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const otherLang = root.querySelector<HTMLAnchorElement>('[data-search-other-lang]')!;
  const allLink = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const syncUrl = config.variant === 'page';
  const otherBase = new URL(otherLang.href);
  const allBase = allLink ? new URL(allLink.href) : null;

  // The dialog keeps whatever the reader typed while this module was loading.
  let state: SearchState = syncUrl ? readSearchState(location.search) : { q: input.value.trim(), filters: {} };
  if (syncUrl) input.value = state.q;
  let generation = 0;

  const label = (name: string, value: string) => s(`search.${name}.${value}`, value);

  function updateLinks() {
    // "Search in the other language" and "all results" keep the query and filters.
    const qs = writeSearchState(state);
    otherLang.href = otherBase.pathname + qs;
    if (allLink && allBase) allLink.href = allBase.pathname + qs;
    if (syncUrl) history.replaceState(history.state, '', location.pathname + qs + location.hash);
  }

  async function renderFilters(pf: Pagefind) {
    if (!filterBox || !config.filters.length) return;
    const available = await pf.filters();
    filterBox.replaceChildren();
    for (const name of config.filters) {
      // Known values first, in the study's order; then whatever else the index holds.
      const values = [...new Set([...(config.known[name] ?? []), ...Object.keys(available[name] ?? {}), ...(state.filters[name as keyof SearchState['filters']] ?? [])])]
        .filter((v) => (available[name]?.[v] ?? 0) > 0 || state.filters[name as keyof SearchState['filters']]?.includes(v));
      if (!values.length) continue;
      const fieldset = el('fieldset', {}, el('legend', { textContent: s(`search.filter.${name}`) }));
      for (const value of values) {
        const box = el('input', { type: 'checkbox', name, value, checked: !!state.filters[name as keyof SearchState['filters']]?.includes(value) });
        box.dataset.searchFilter = name;
        fieldset.append(el('label', {}, box, ` ${label(name, value)}`));
      }
      filterBox.append(fieldset);
    }
    const clear = el('button', { type: 'button', className: 'search__clear', textContent: s('search.filters.clear') });
    clear.addEventListener('click', () => {
      for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      onChange();
    });
    filterBox.append(clear);
    // Active filters from the URL: show them.
    if (Object.values(state.filters).some((values) => values?.length)) filterBox.closest('details')?.setAttribute('open', '');
  }

  function readFilters() {
    const filters: SearchState['filters'] = {};
    for (const box of filterBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
      const name = box.name as keyof SearchState['filters'];
      (filters[name] ??= []).push(box.value);
    }
    return filters;
  }

  async function run() {
    const mine = ++generation;
    root.setAttribute('aria-busy', 'true'); // until the latest query's results are in
    updateLinks();
    if (!state.q && !hasFilters(state)) {
      list.replaceChildren();
      status.textContent = s('search.prompt');
      root.removeAttribute('aria-busy');
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind(config.base);
    } catch {
      status.textContent = s('search.error');
      root.removeAttribute('aria-busy');
      return;
    }
    const response = await pf.search(state.q || null, { filters: pagefindFilters(state) });
    // The score comes with every match, the page weight (meta) with its fragment; fetch the first RESULTS_FETCHED.
    const scored = await Promise.all(response.results.slice(0, RESULTS_FETCHED).map(async (r) => ({ r, score: r.score, meta: (await r.data()).meta })));
    const ranked = reweight(scored).slice(0, RESULTS_SHOWN);
    const pages = await Promise.all(ranked.map(({ r }) => r.data()));
    if (mine !== generation) return; // a newer query has started
    const hits = flattenHits(pages);
    list.replaceChildren(...hits.map((hit) => {
      const link = el('a', { href: hit.url, className: 'search__hit' }, hit.page);
      if (hit.section && hit.section !== hit.page) link.append(el('span', { className: 'search__section' }, ` › ${hit.section}`));
      const excerpt = el('p', { className: 'search__excerpt' });
      excerpt.innerHTML = hit.excerpt; // Pagefind's excerpt: escaped page text with <mark> around matches
      const item = el('li', { className: 'search__item' }, link, excerpt);
      const badges = ['level', 'tie'].flatMap((name) => (hit.filters[name] ?? []).map((v) => el('li', { textContent: `${s(`search.filter.${name}`)}: ${label(name, v)}` })));
      if (badges.length) item.append(el('ul', { className: 'search__badges' }, ...badges));
      return item;
    }));
    const n = hits.length; // one per link listed: a page's sections count separately
    status.textContent = n === 0 ? s('search.results.none') : n === 1 ? s('search.results.one') : s('search.results.many').replace('{n}', String(n));
    root.removeAttribute('aria-busy');
    root.dispatchEvent(new CustomEvent('search:results', { detail: { count: n } }));
  }

  function onChange() {
    state = { q: input.value.trim(), filters: readFilters() };
    void run();
  }

  input.addEventListener('input', onChange);
  filterBox?.addEventListener('change', onChange);

  if (syncUrl) {
    status.textContent = s('search.loading');
    void loadPagefind(config.base).then(renderFilters, () => (status.textContent = s('search.error')));
  }
  void run();
  return { run };
}
