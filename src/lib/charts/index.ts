/** Every chart of the site, built for one language from the dataset and the chart texts. */
import type { Lang } from '../i18n.ts';
import type { Actor, Finding, Framework, TimelineEvent } from '../dataset.ts';
import type { ChartSpec } from './common.ts';
import { matrixChart } from './matrix.ts';
import { levelsChart } from './levels.ts';
import { bondingChart } from './bonding.ts';
import { actorsChart } from './actors.ts';
import { methodChart } from './method.ts';
import { timelineChart } from './timeline.ts';
import { commonIn, group, type ChartName, type ChartTexts } from './text.ts';

export interface DatasetLike { findings: Finding[]; actors: Actor[]; events: TimelineEvent[]; framework: Framework }

export function buildCharts(data: DatasetLike, texts: ChartTexts, lang: Lang): Record<ChartName, ChartSpec> {
  const c = commonIn(texts, lang);
  const head = (name: ChartName) => ({ title: texts.charts[name].title[lang], caption: texts.charts[name].caption[lang], description: texts.charts[name].description[lang] });
  const valence = group(c, 'valence'), basis = group(c, 'basis');
  return {
    matrix: matrixChart(data.findings, data.framework, lang, { ...head('matrix'), none: c.none, empty: c.empty, valence, basis, columns: { finding: c['col.finding'], level: c['col.level'], tie: c['col.tie'], valence: c['col.valence'], basis: c['col.basis'], sources: c['col.sources'] } }),
    levels: levelsChart(data.framework, lang, { ...head('levels'), kind: group(c, 'kind'), columns: { from: c['col.from'], to: c['col.to'], kind: c['col.kind'], relation: c['col.relation'], source: c['col.sources'] } }),
    bonding: bondingChart(data.findings, lang, { ...head('bonding'), valence, columns: { valence: c['col.valence'], summary: c['col.summary'], basis: c['col.basis'], sources: c['col.sources'] } }),
    actors: actorsChart(data.actors, data.framework, lang, { ...head('actors'), columns: { actor: c['col.actor'], level: c['col.level'], tie: c['col.tie'], rationale: c['col.rationale'], source: c['col.sources'] } }),
    method: methodChart(lang, { ...head('method'), columns: { step: c['col.step'], component: c['col.component'], source: c['col.sources'] } }),
    timeline: timelineChart(data.events, lang, { ...head('timeline'), precision: group(c, 'precision'), columns: { date: c['col.date'], precision: c['col.precision'], event: c['col.event'], source: c['col.sources'] } }),
  } as Record<ChartName, ChartSpec>;
}
