/**
 * Loader: the chart texts (src/data/charts.json), every text in both languages, for every
 * chart in src/lib/charts/text.ts. The vocabulary labels the charts share with the rest of the
 * site (a valence, a basis, "no tie") come from the interface strings (src/data/ui/<lang>.json
 * `explorer.value.<code>`; a basis starts lower-case, as the charts write it mid-sentence), so
 * charts.json need not repeat them; one it does give must be spelled the same, so "stated"
 * reads the same on the charts, the explorer and the claims.
 */
import { chartTextsSchema, type ChartTexts } from '../src/lib/charts/text.ts';
import { languages, t, type UiKey } from '../src/lib/i18n.ts';
import { bases, valences } from '../src/lib/vocabulary.ts';
import { parseWith } from '../src/lib/schemas.ts';
import { readJson, type Loader } from './lib/loader.ts';

type Bilingual = Record<string, string>;

/** Chart labels that differ from the interface strings, as messages naming file and field. */
export function chartLabelProblems(common: Record<string, unknown>, file: string): string[] {
  const shared: [field: string, text: Bilingual | undefined, code: string][] = [
    ...bases.map((b) => [`common.basis.${b}`, (common.basis as Record<string, Bilingual> | undefined)?.[b], b] as [string, Bilingual | undefined, string]),
    ...valences.map((v) => [`common.valence.${v}`, (common.valence as Record<string, Bilingual> | undefined)?.[v], v] as [string, Bilingual | undefined, string]),
    ['common.none', common.none as Bilingual | undefined, 'none'],
  ];
  const problems: string[] = [];
  for (const [field, text, code] of shared) {
    if (!text) continue; // the schema reports a missing text
    for (const lang of languages) {
      const ui = t(lang, `explorer.value.${code}` as UiKey);
      if (text[lang]?.toLocaleLowerCase(lang) !== ui.toLocaleLowerCase(lang)) problems.push(`${file}: field "${field}.${lang}": "${text[lang]}" must read as src/data/ui/${lang}.json "explorer.value.${code}" ("${ui}")`);
    }
  }
  return problems;
}

const fromUi = (code: string, lowerFirst = false): Bilingual =>
  Object.fromEntries(languages.map((lang) => {
    const text = t(lang, `explorer.value.${code}` as UiKey);
    return [lang, lowerFirst ? text.charAt(0).toLocaleLowerCase(lang) + text.slice(1) : text];
  }));

/** The shared labels charts.json leaves out, filled from the interface strings. */
export function withSharedLabels(common: Record<string, unknown>): Record<string, unknown> {
  return {
    ...common,
    basis: common.basis ?? Object.fromEntries(bases.map((b) => [b, fromUi(b, true)])),
    valence: common.valence ?? Object.fromEntries(valences.map((v) => [v, fromUi(v)])),
    none: common.none ?? fromUi('none'),
  };
}

export const chartsLoader: Loader<ChartTexts> = {
  output: 'charts.json',
  build(root) {
    const file = 'src/data/charts.json';
    const raw = readJson(root, file) as { common?: Record<string, unknown> };
    const texts = parseWith(chartTextsSchema, raw && typeof raw === 'object' ? { ...raw, common: withSharedLabels(raw.common ?? {}) } : raw, file);
    const problems = chartLabelProblems((texts as unknown as { common: Record<string, unknown> }).common, file);
    if (problems.length) throw new Error(problems.join('\n'));
    return texts;
  },
};
