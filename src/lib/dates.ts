import { dateFormat, type Lang } from './i18n.ts';

/** Format a partial ISO date ("2019", "2019-07", "2019-08-21") as far as it goes, per language. */
export function formatSourceDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const value = new Date(Date.UTC(y, m - 1, d || 1));
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateFormat(lang, options).format(value);
}
