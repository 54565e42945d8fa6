import { describe, expect, it } from 'vitest';
import { claimsLoader } from '../../scripts/claims.json.ts';
import { sourcesLoader } from '../../scripts/sources.json.ts';
import { findClaims } from '../../src/lib/claims.ts';
import { claimRows, ledgerCsvRows, pairClaims, type ClaimRow } from '../../src/lib/ledger.ts';
import type { SourceEntry } from '../../src/lib/sources.ts';

const page = [
  '---',
  'title: T',
  '---',
  "import Claim from '../../../components/Claim.astro';",
  '',
  'Intro before any heading.<Claim src="S1" />',
  '',
  '## Findings {#found}',
  '',
  'At the <Term id="mikro">micro</Term> level, capability is **good**.<Claim src="S8" /> The editors read it so.<Claim src="S8" basis="interpreted" why="A reason." /> See <Cite k="woolcock-2001" narrative />.<Claim src="woolcock-2001" />',
  '',
  '### Barriers {#barriers}',
  '',
  '- First barrier.<Claim src="S12" />',
  '- Second, with a [link](https://example.org).<Footnote>An aside.</Footnote><Claim src="S13" />',
].join('\n');

describe('ledger rows (src/lib/ledger.ts)', () => {
  const rows = claimRows(page, findClaims(page, 'x.mdx'), 'temuan', (k, narrative) => (narrative ? `Woolcock (2001)` : `(${k})`));
  it('takes the text back to the previous marker or the paragraph start, as plain text, with its section', () => {
    expect(rows.map((r) => [r.section, r.sentence])).toEqual([
      ['', 'Intro before any heading.'],
      ['found', 'At the micro level, capability is good.'],
      ['found', 'The editors read it so.'],
      ['found', 'See Woolcock (2001).'],
      ['barriers', 'First barrier.'],
      ['barriers', 'Second, with a link.'],
    ]);
    expect(rows[1]).toMatchObject({ page: 'temuan', sectionTitle: 'Findings', keys: ['S8'], basis: 'stated', line: 10 });
    expect(rows[2]).toMatchObject({ basis: 'interpreted', why: 'A reason.' });
  });

  it('strips markup the reader does not see, and reads entities and single-quoted attributes as the page does', () => {
    const src = `---\ntitle: T\n---\n\n**Bold** and <i lang="en">mindset</i>, <q>quoted</q> &amp; \`code\`.<Claim src='S1' />\n`;
    expect(claimRows(src, findClaims(src, 'x.mdx'), 'x')[0].sentence).toBe('Bold and mindset, quoted & code.');
  });

  it('pairs the languages by section and order, and flags a pair whose keys or basis differ', () => {
    const en: ClaimRow[] = rows.map((r) => ({ ...r }));
    en[2] = { ...en[2], basis: 'stated', why: undefined };
    const pairs = pairClaims({ id: rows, en });
    expect(pairs).toHaveLength(rows.length);
    expect(pairs.filter((p) => p.mismatch).map((p) => p.id)).toEqual(['temuan--found--2']);
    const missing = pairClaims({ id: rows, en: en.slice(0, -1) });
    expect(missing.at(-1)).toMatchObject({ id: 'temuan--barriers--2', mismatch: true, en_row: undefined });
  });
});

describe('the site\'s ledger (src/generated/claims.json rows)', () => {
  const claims = claimsLoader.build(process.cwd());
  const registry = (sourcesLoader.build(process.cwd()) as { registry: Record<string, SourceEntry> }).registry;
  it('has one row per counted claim in each language, every key resolving to a source', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(claims[lang].rows).toHaveLength(claims[lang].claims);
      for (const row of claims[lang].rows) {
        expect(row.sentence.length, `${lang} ${row.page}:${row.line}`).toBeGreaterThan(0);
        for (const key of row.keys) expect(registry[key], `${lang} ${row.page}:${row.line} ${key}`).toBeDefined();
      }
    }
  });

  it('carries the same sources and basis for the same claim in both languages', () => {
    const pairs = pairClaims({ id: claims.id.rows, en: claims.en.rows });
    const differ = pairs.filter((p) => p.mismatch).map((p) => `${p.id}: ${p.id_row?.keys.join(' ')} ${p.id_row?.basis} / ${p.en_row?.keys.join(' ')} ${p.en_row?.basis}`);
    expect(differ).toEqual([]);
  });

  it('writes CSV rows with the full text of every cited source', () => {
    const csv = ledgerCsvRows(pairClaims({ id: claims.id.rows, en: claims.en.rows }), registry);
    expect(csv).toHaveLength(claims.id.claims);
    for (const row of csv) {
      for (const key of row.sources.split(' ')) {
        const entry = registry[key];
        expect(row.source_text, row.id).toContain(entry.kind === 'sentence' ? entry.text! : (entry.titles?.en ?? entry.title!));
      }
    }
  });
});
