import { z } from 'zod';
import type { Lang } from '../i18n.ts';
import { bilingual as bilingualText } from '../schemas.ts';

/** Chart texts (titles, captions, descriptions, labels) live in src/data/charts.json, each in both languages. */
const bilingual = bilingualText();
const chartText = z.strictObject({ title: bilingual, caption: bilingual, description: bilingual });
export const chartNames = ['matrix', 'levels', 'bonding', 'actors', 'method', 'timeline'] as const;
export type ChartName = (typeof chartNames)[number];
export const chartTextsSchema = z.strictObject({
  common: z.record(z.string(), z.union([bilingual, z.record(z.string(), bilingual)])),
  charts: z.strictObject(Object.fromEntries(chartNames.map((n) => [n, chartText])) as Record<ChartName, typeof chartText>),
});
export type ChartTexts = z.infer<typeof chartTextsSchema>;

/** Flatten one language: { "valence.strength": "Kekuatan", "col.level": "Tingkat", … }. */
export function commonIn(texts: ChartTexts, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(texts.common)) {
    if ('id' in v && 'en' in v && typeof v.id === 'string') out[k] = (v as { id: string; en: string })[lang];
    else for (const [k2, v2] of Object.entries(v as Record<string, { id: string; en: string }>)) out[`${k}.${k2}`] = v2[lang];
  }
  return out;
}

export function group(common: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(common).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [k.slice(prefix.length + 1), v]));
}
