/** Loader: the abstract split into S1–S14, joined with the editors' English translation and the study metadata. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAbstract } from '../src/lib/abstract.ts';
import { abstractTranslationSchema, parseWith, studySchema } from '../src/lib/schemas.ts';
import { readJson, type Loader } from './lib/loader.ts';


export const abstractLoader: Loader<unknown> = {
  output: 'abstract.json',
  build(root) {
    const abstractFile = 'src/data/abstract.id.txt';
    const translationFile = 'src/data/abstract.en.json';
    const studyFile = 'src/data/study.json';
    const parsed = parseAbstract(readFileSync(join(root, abstractFile), 'utf8'), abstractFile);
    const study = parseWith(studySchema, readJson(root, studyFile), studyFile);
    const translation = parseWith(abstractTranslationSchema, readJson(root, translationFile), translationFile);
    const ids = parsed.sentences.map((s) => s.id);
    for (const id of ids) {
      if (!translation.sentences[id]) throw new Error(`${translationFile}: row "${id}" field "sentences.${id}": missing translation`);
    }
    for (const id of Object.keys(translation.sentences)) {
      if (!ids.includes(id)) throw new Error(`${translationFile}: row "${id}": no such sentence in ${abstractFile}`);
    }
    if (parsed.titleAsPrinted.toLowerCase() !== study.title.toLowerCase()) {
      throw new Error(`${studyFile}: field "title" does not match the title printed in ${abstractFile}`);
    }
    return {
      study,
      titleAsPrinted: parsed.titleAsPrinted,
      byline: parsed.byline,
      translationNote: translation.note,
      sentences: parsed.sentences.map((s) => ({ id: s.id, id_text: s.text, en_text: translation.sentences[s.id] })),
    };
  },
};
