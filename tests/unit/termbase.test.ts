import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { termbaseLoader } from '../../scripts/termbase.json.ts';
import { describeTermProblem, findBannedTerms, jsonSegments, mdxSegments, termbaseSchema, type Termbase } from '../../src/lib/termbase.ts';
import { edit, fixtureRoot } from '../support/fixture.ts';

const termbase: Termbase = termbaseSchema.parse(JSON.parse(readFileSync('src/data/termbase.json', 'utf8')));
const mdx = (lines: string[]) => ['---', 'title: T', '---', "import Claim from '../../../components/Claim.astro';", '', ...lines].join('\n');

describe('termbase check (src/lib/termbase.ts)', () => {
  it('reports a banned variant with the file, the line and the preferred term', () => {
    const source = mdx(['Kalimat pertama.', 'Bagian implikasi adalah tafsiran penyunting.<Claim src="S11" />']);
    const problems = findBannedTerms(mdxSegments(source, 'id'), 'src/content/pages/id/x.mdx', termbase);
    expect(problems).toHaveLength(1);
    expect(describeTermProblem(problems[0])).toBe('src/content/pages/id/x.mdx:7: "tafsiran" is a banned variant (id); use "interpretasi" (termbase: interpretation)');
  });

  it('passes a clean text', () => {
    const source = mdx(['Bagian implikasi adalah interpretasi penyunting.', 'Individu belum memiliki <i lang="en">mindset</i> untuk menjadi pedagang.']);
    expect(findBannedTerms(mdxSegments(source, 'id'), 'x.mdx', termbase)).toEqual([]);
  });

  it('checks each language against its own list and skips text marked with the other language', () => {
    const en = mdx(['The programme began. The <q lang="id">Program pemberdayaan</q> is quoted.']);
    expect(findBannedTerms(mdxSegments(en, 'en'), 'en.mdx', termbase)).toEqual([]);
    const bad = mdx(['The program began.']);
    expect(findBannedTerms(mdxSegments(bad, 'en'), 'en.mdx', termbase).map((p) => [p.line, p.found, p.preferred])).toEqual([[6, 'program', 'programme']]);
    // "program" is the Indonesian preferred word: not banned in Indonesian prose.
    expect(findBannedTerms(mdxSegments(mdx(['Program ini berjalan.']), 'id'), 'id.mdx', termbase)).toEqual([]);
  });

  it('matches whole words only, and honours allowed glosses and case-sensitive names', () => {
    const text = mdx([
      'Kata programmer dan saringannya bukan varian terlarang.',
      '<i lang="en">mindset</i> (pola pikir) sebagai glosa.',
      'Lembaga Pemberdayaan Masyarakat Kelurahan (LPMK).',
      'lembaga pemberdayaan masyarakat kelurahan ditulis kecil.',
    ]);
    expect(findBannedTerms(mdxSegments(text, 'id'), 'id.mdx', termbase).map((p) => [p.line, p.found])).toEqual([[9, 'lembaga pemberdayaan masyarakat kelurahan']]);
  });

  it('reads JSON strings by their "id"/"en" key, or all in the file\'s language', () => {
    const data = '[\n  { "id": "art-group", "name": { "id": "Kelompok seni", "en": "The art group" } }\n]';
    expect(findBannedTerms(jsonSegments(data), 'src/data/actors.json', termbase).map(describeTermProblem)).toEqual([
      'src/data/actors.json:2: "art group" is a banned variant (en); use "arts group" (termbase: arts group (kelompok seni, S2))',
    ]);
    const ui = '{\n  "a": "Hapus filter",\n  "b": "Hapus saringan"\n}';
    expect(findBannedTerms(jsonSegments(ui, 'id'), 'src/data/ui/id.json', termbase).map((p) => p.line)).toEqual([3]);
  });
});

describe('termbase.json loader', () => {
  it('passes the site as it is', () => {
    expect(termbaseLoader.build(process.cwd()).terms.length).toBe(termbase.terms.length);
  });

  it('fails the build on a banned variant in a page, naming file and line', () => {
    const root = fixtureRoot();
    const file = 'src/content/pages/en/temuan.mdx';
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('The first barrier')) + 1;
    edit(root, file, (t) => t.replace('The first barrier is that individuals do not yet have the mindset to become traders.', 'The first barrier is that members do not yet think of themselves as traders.'));
    expect(() => termbaseLoader.build(root)).toThrow(`${file}:${at}: "think of themselves as traders" is a banned variant (en); use "the mindset to become traders"`);
  });

  it('fails on a banned variant in an interface string', () => {
    const root = fixtureRoot();
    edit(root, 'src/data/ui/id.json', (t) => t.replace('"Hapus filter"', '"Hapus saringan"'));
    expect(() => termbaseLoader.build(root)).toThrow(/src\/data\/ui\/id\.json:\d+: "saringan" is a banned variant \(id\); use "filter"/);
  });
});
