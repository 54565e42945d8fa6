/** npm run cite:cff — rewrites CITATION.cff from src/data/study.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { citationCff } from '../src/lib/citation/cff.ts';
import { parseWith, studySchema } from '../src/lib/schemas.ts';
import { t } from '../src/lib/i18n.ts';

const study = parseWith(studySchema, JSON.parse(readFileSync('src/data/study.json', 'utf8')), 'src/data/study.json');
writeFileSync('CITATION.cff', citationCff(study, t('id', 'site.title')));
console.error('cite:cff: wrote CITATION.cff');
