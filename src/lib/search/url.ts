/**
 * The search page's state lives in its URL: `/cari/?q=kepercayaan&level=micro&tie=bonding`.
 * Several values of one filter repeat the parameter (`level=micro&level=meso`).
 */
import { filterNames, type FilterName } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state ('' when empty), parameters in a stable order. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of filterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object: values of one filter are alternatives (any), filters combine (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values?.length) out[name] = { any: values };
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v && v.length > 0);
}
