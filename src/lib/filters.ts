/** Explorer filter state <-> URL query (?level=meso&tie=linking). Unknown keys and values are ignored. */
import { bases, levels, tiesOrNone, valences } from './vocabulary.ts';

export const filterValues = { level: levels, tie: tiesOrNone, valence: valences, basis: bases } as const;
export type FilterKey = keyof typeof filterValues;
export type Filters = Partial<Record<FilterKey, string>>;
export const filterKeys = Object.keys(filterValues) as FilterKey[];

export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const out: Filters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value && (filterValues[key] as readonly string[]).includes(value)) out[key] = value;
  }
  return out;
}

/** Query string in a fixed key order, so equal states give equal URLs ("" when no filter is set). */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filters[key]) params.set(key, filters[key]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Does a row pass? A row's attribute may hold several space-separated values (a finding's levels); a missing attribute passes. */
export function matches(row: Partial<Record<FilterKey, string | undefined>>, filters: Filters): boolean {
  return filterKeys.every((key) => {
    const want = filters[key];
    const have = row[key];
    if (!want || have === undefined) return true;
    return have.split(' ').includes(want);
  });
}
