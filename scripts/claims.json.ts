/**
 * Loader: every provenance marker in the prose, checked and counted. Fails when a
 * <Claim src> or <Cite k> key is unknown, when a sentence S1–S14 is never cited in a
 * language, when a work of src/data/references.json is never cited in a language, or
 * when a <Term id> is not in src/data/glossary.json, or when a sentence presents an invented
 * specific as known (src/lib/guard.ts). Every MDX file is read once, by src/lib/mdx/read.ts.
 * Writes the counts by source key and by basis, per language (the About page shows them),
 * and every claim as a ledger row (page, section, sentence, keys, basis, rationale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCites, findClaims, findTerms } from '../src/lib/claims.ts';
import { readMdx } from '../src/lib/mdx/read.ts';
import { glossaryLoader } from './glossary.json.ts';
import { describeProblem, findInventedSpecifics } from '../src/lib/guard.ts';
import { claimRows, type ClaimRow } from '../src/lib/ledger.ts';
import { languages, type Lang } from '../src/lib/i18n.ts';
import type { SourceEntry } from '../src/lib/sources.ts';
import { sourcesLoader } from './sources.json.ts';
import type { Loader } from './lib/loader.ts';
import { Problems } from '../src/lib/schemas.ts';

export interface ClaimsSummary {
  claims: number;
  stated: number;
  interpreted: number;
  /** Claims that rest on each key (a claim with two keys counts for both). */
  bySource: Record<string, number>;
  /** Inline literature citations per reference key. */
  cites: Record<string, number>;
  /** Every claim with its page, section and sentence, in page order: the rows of the claims ledger (src/lib/ledger.ts). */
  rows: ClaimRow[];
}

function mdxFiles(root: string, lang: Lang): string[] {
  const pages = `src/content/pages/${lang}`;
  const files = readdirSync(join(root, pages)).filter((f) => f.endsWith('.mdx')).sort().map((f) => `${pages}/${f}`);
  return [...files, `src/content/home/${lang}.mdx`];
}

/** "src/content/pages/id/temuan.mdx" → "temuan"; the home page → "". */
function pageSlug(file: string): string {
  return file.includes('/home/') ? '' : file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

export const claimsLoader: Loader<Record<Lang, ClaimsSummary>> = {
  output: 'claims.json',
  build(root) {
    const { registry } = sourcesLoader.build(root) as { registry: Record<string, SourceEntry> };
    const sentences = Object.values(registry).filter((e) => e.kind === 'sentence').map((e) => e.key);
    const works = Object.values(registry).filter((e) => e.kind === 'work').map((e) => e.key);
    // Glossary ids for <Term id>; a broken glossary is the glossary loader's to report, and the check waits for it.
    const termIds = new Problems().run(() => new Set(glossaryLoader.build(root).map((t) => t.id)), undefined);
    const out = {} as Record<Lang, ClaimsSummary>;
    // An inline citation reads in the ledger as on the page: (Woolcock, 2001) or Woolcock (2001).
    const citeText = (key: string, narrative: boolean) => {
      const [, who = key, year = ''] = /^(.*?)(?: (\d{4}))?$/.exec(registry[key]?.label ?? key) ?? [];
      return narrative ? `${who} (${year || 'n.d.'})` : `(${who}, ${year || 'n.d.'})`;
    };
    const problems = new Problems();
    for (const lang of languages) {
      const summary: ClaimsSummary = { claims: 0, stated: 0, interpreted: 0, bySource: Object.fromEntries([...sentences, ...works].map((k) => [k, 0])), cites: Object.fromEntries(works.map((k) => [k, 0])), rows: [] };
      for (const file of mdxFiles(root, lang)) {
        const source = readFileSync(join(root, file), 'utf8');
        const doc = problems.run(() => readMdx(source, file), undefined);
        if (!doc) continue;
        const invented = findInventedSpecifics(doc, file);
        if (invented.length) problems.add(invented.map(describeProblem).join('\n'));
        const claims = problems.run(() => findClaims(doc, file), []);
        for (const claim of claims) {
          for (const key of claim.keys) {
            if (!(key in registry)) {
              problems.add(`${file}:${claim.line}: <Claim src="${claim.keys.join(' ')}">: unknown source key "${key}" (use S1–S14 or a key of src/data/references.json)`);
              continue;
            }
            summary.bySource[key] += 1;
          }
          summary.claims += 1;
          summary[claim.basis] += 1;
        }
        summary.rows.push(...claimRows(doc, claims, pageSlug(file), citeText));
        for (const term of problems.run(() => findTerms(doc, file), [])) {
          if (termIds && !termIds.has(term.id)) problems.add(`${file}:${term.line}: <Term id="${term.id}">: unknown glossary term (use an id of src/data/glossary.json)`);
        }
        for (const cite of problems.run(() => findCites(doc, file), [])) {
          if (registry[cite.key]?.kind !== 'work') {
            problems.add(`${file}:${cite.line}: <Cite k="${cite.key}">: unknown reference key "${cite.key}" (use a key of src/data/references.json)`);
            continue;
          }
          summary.cites[cite.key] += 1;
        }
      }
      const uncited = sentences.filter((k) => summary.bySource[k] === 0);
      if (uncited.length) problems.add(`src/content/pages/${lang}: abstract sentence(s) ${uncited.join(', ')} never cited by a <Claim src>; every sentence S1–S14 must be cited at least once`);
      const unused = works.filter((k) => summary.bySource[k] === 0 && summary.cites[k] === 0);
      if (unused.length) problems.add(`src/data/references.json: work(s) ${unused.map((k) => `"${k}"`).join(', ')} never cited in the ${lang} pages; cite every listed work with <Claim src> or <Cite k>, or remove it`);
      out[lang] = summary;
    }
    problems.throwIfAny();
    return out;
  },
};
