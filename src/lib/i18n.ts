import id from '../data/ui/id.json' with { type: 'json' };
import en from '../data/ui/en.json' with { type: 'json' };

export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];
/** Every locale tag of a site language, in one place. BCP 47 tags for Intl formatting (dates, numbers): */
export const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
/** CSL locale for citations: English uses en-US, the locale APA, Chicago and MLA are written for. */
export const cslLocales: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
/** Open Graph's og:locale (language_TERRITORY), the page's own Intl locale. */
export const ogLocales: Record<Lang, string> = { id: locales.id.replace('-', '_'), en: locales.en.replace('-', '_') };

export type Dictionary = Record<string, string>;
/** Indonesian is the reference: every key it has, English must have too (and no more). */
export type UiKey = keyof typeof id;

/** Every problem between the reference dictionary and the others, as messages naming file and key. */
export function dictionaryProblems(dicts: Record<string, Dictionary>, reference = 'id'): string[] {
  const problems: string[] = [];
  const refKeys = Object.keys(dicts[reference]);
  for (const [lang, dict] of Object.entries(dicts)) {
    const file = `src/data/ui/${lang}.json`;
    for (const key of refKeys) {
      if (typeof dict[key] !== 'string' || dict[key].trim() === '') {
        problems.push(`${file}: missing translation for key "${key}"`);
      }
    }
    for (const key of Object.keys(dict)) {
      if (!(key in dicts[reference])) problems.push(`${file}: key "${key}" is not in src/data/ui/${reference}.json`);
    }
  }
  return problems;
}

const dictionaries: Record<Lang, Dictionary> = { id, en };
const problems = dictionaryProblems(dictionaries);
// Fail the build (and any test importing this) at once, naming the file and the key.
if (problems.length) throw new Error(problems.join('\n'));

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function t(lang: Lang, key: UiKey): string {
  const value = dictionaries[lang][key];
  if (value === undefined) throw new Error(`src/data/ui/${lang}.json: missing translation for key "${key}"`);
  return value;
}

/** A bound lookup for one page: `const tr = useTranslations(lang); tr('nav.home')`. */
export function useTranslations(lang: Lang) {
  return (key: UiKey) => t(lang, key);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

/**
 * Intl formatters, one per language and options, made once: making one takes about a tenth of a
 * millisecond, and every page asked for the same few (a quarter of a second at 100× the content).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locales[lang], options)));
  return f as Intl.NumberFormat;
}
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locales[lang], options)));
  return f as Intl.DateTimeFormat;
}
