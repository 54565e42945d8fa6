/**
 * CITATION.cff at the repository root (Citation File Format 1.2.0), written from
 * src/data/study.json by `npm run cite:cff`; a test fails when the committed file is stale.
 * The repository is the web edition; its preferred citation is the thesis.
 */
import type { Study } from '../schemas.ts';

const q = (s: string) => JSON.stringify(s);

export function citationCff(study: Study, siteTitle: string): string {
  return [
    'cff-version: 1.2.0',
    'message: "For the research, cite the thesis (preferred-citation). Cite this web edition only for its editors\' own writing."',
    'type: software',
    `title: ${q(`${siteTitle} (web edition)`)}`,
    'authors:',
    '  - name: "The editors of the web edition"',
    'preferred-citation:',
    '  type: thesis',
    `  title: ${q(study.title)}`,
    '  authors:',
    `    - family-names: ${q(study.author.family)}`,
    `      given-names: ${q(study.author.given)}`,
    `  thesis-type: ${q(study.genre)}`,
    '  institution:',
    `    name: ${q(study.university)}`,
    `    city: ${q(study.city)}`,
    `  languages: [${study.language}]`,
    `  url: ${q(study.recordUrl)}`,
    ...(study.year ? [`  year: ${study.year}`] : []),
    '',
  ].join('\n');
}
