/** The one MDX reader (src/lib/mdx/read.ts) and the checks that read through it, on strings and fixture copies. */
import { describe, expect, it } from 'vitest';
import { headings, jsxElements, proseBlocks, readMdx } from '../../src/lib/mdx/read.ts';
import { findCites, findClaims, findTerms } from '../../src/lib/claims.ts';
import { extractHeadings, readFrontmatter } from '../../src/lib/content.ts';
import { describeProblem, findInventedSpecifics } from '../../src/lib/guard.ts';
import { claimsLoader } from '../../scripts/claims.json.ts';
import { pagesLoader } from '../../scripts/pages.json.ts';
import { edit, fixtureRoot } from '../support/fixture.ts';

const page = (body: string) => `---\ntitle: T\n---\nimport Claim from '../Claim.astro';\n\n${body}\n`;

describe('the MDX reader', () => {
  it('reads a JSX attribute the same in single and double quotes', () => {
    const single = findClaims(page("Teks.<Claim src='S14' />"), 'f.mdx');
    const double = findClaims(page('Teks.<Claim src="S14" />'), 'f.mdx');
    expect(single.map((c) => c.keys)).toEqual([['S14']]);
    expect(single.map(({ start, end, ...c }) => c)).toEqual(double.map(({ start, end, ...c }) => c));
    expect(findClaims(page("A.<Claim src='S9' basis='interpreted' why='Why, in \"quotes\".' />"), 'f.mdx')[0]).toMatchObject({ basis: 'interpreted', why: 'Why, in "quotes".' });
  });

  it('gives the line and offsets of each element', () => {
    const source = page('One.\n\nTwo.<Claim src="S1" /> Three.<Cite k="woolcock-2001" narrative />');
    const [claim] = findClaims(source, 'f.mdx');
    expect(claim.line).toBe(8);
    expect(source.slice(claim.start, claim.end)).toBe('<Claim src="S1" />');
    expect(findCites(source, 'f.mdx')).toEqual([{ key: 'woolcock-2001', line: 8 }]);
    expect(jsxElements(readMdx(source, 'f.mdx'), 'Cite')[0].attributes).toEqual({ k: 'woolcock-2001', narrative: true });
  });

  it('fails on a key written as a flag or an expression, naming file and line', () => {
    expect(() => findClaims(page('A.<Claim src />'), 'f.mdx')).toThrow('f.mdx:6: <Claim src>: write src as text in quotes, e.g. src="…"');
    expect(() => findClaims(page('A.<Claim src={"S1"} />'), 'f.mdx')).toThrow('f.mdx:6: <Claim src={"S1"}>: write src as text in quotes');
    expect(() => findTerms(page('A <Term>x</Term>.'), 'f.mdx')).toThrow('f.mdx:6: <Term> needs id="…"');
  });

  it('fails on MDX the build could not compile, naming file, line and column', () => {
    expect(() => readMdx(page('A <Claim src="S1" \n\nB'), 'src/content/pages/id/x.mdx')).toThrow(/^src\/content\/pages\/id\/x\.mdx:6:\d+: /);
  });

  it('reads frontmatter and headings; a heading in a code block is code', () => {
    const source = '---\ntitle: T\norder: 2\n---\n\n## Satu {#one}\n\n```md\n## Not a heading\n```\n\n### Dua *b* {#two}\n';
    const doc = readMdx(source, 'f.mdx');
    expect(readFrontmatter(doc, 'f.mdx')).toEqual({ title: 'T', order: 2 });
    expect(headings(doc).map(({ depth, id, text, line }) => ({ depth, id, text, line }))).toEqual([
      { depth: 2, id: 'one', text: 'Satu', line: 6 },
      { depth: 3, id: 'two', text: 'Dua b', line: 12 },
    ]);
    expect(() => extractHeadings('---\ntitle: T\n---\n\n## Satu\n', 'f.mdx')).toThrow('f.mdx:5: heading "Satu" needs an explicit id');
    expect(() => readFrontmatter('## A {#a}\n', 'f.mdx')).toThrow('f.mdx: missing frontmatter');
  });

  it('reads text as written, or as the page shows it (the smart punctuation the build applies); the frontmatter as written either way', () => {
    const source = `---\ntitle: "It's"\n---\n\n## Translator's notes -- "quoted"... {#notes}\n`;
    expect(headings(readMdx(source, 'f.mdx'))[0].text).toBe(`Translator's notes -- "quoted"...`);
    expect(headings(readMdx(source, 'f.mdx', { asShown: true }))[0].text).toBe('Translator’s notes – “quoted”…');
    expect(readFrontmatter(readMdx(source, 'f.mdx', { asShown: true }), 'f.mdx')).toEqual({ title: "It's" });
  });

  it('gives prose without attributes, imports or frontmatter, children of components kept', () => {
    const doc = readMdx(page('Kata <Term id="mikro">mikro</Term> di sini.<Claim src="S1" basis="interpreted" why="tahun 2021 wawancara" />'), 'f.mdx');
    const [block] = proseBlocks(doc);
    expect(block.text.replace(/\s+/g, ' ').trim()).toBe('Kata mikro di sini.');
    expect(block.lineAt(0)).toBe(6);
  });
});

describe('the guard reads sentences through the reader', () => {
  it('finds a sentence that runs over two lines, naming the line it starts on', () => {
    const problems = findInventedSpecifics(page('Awal paragraf.\nData diperoleh melalui wawancara\npada tahun 2021.<Claim src="S4" />'), 'x.mdx').map(describeProblem);
    expect(problems).toEqual(['x.mdx:7: a fieldwork date is not stated by any source: "Data diperoleh melalui wawancara pada tahun 2021."']);
  });

  it('ignores what a component attribute says', () => {
    expect(findInventedSpecifics(page('Teks.<Claim src="S4" basis="interpreted" why="wawancara tahun 2021" />'), 'x.mdx')).toEqual([]);
  });
});

describe('loaders fail on prose markers, naming file and line', () => {
  it('the claims loader accepts a claim in single quotes', () => {
    const root = fixtureRoot();
    let changed = '';
    edit(root, 'src/content/pages/id/metode.mdx', (s) => (changed = s.replace(/<Claim src="([^"]*)" \/>/g, "<Claim src='$1' />")));
    expect(changed).toContain("<Claim src='");
    const before = claimsLoader.build(process.cwd()).id;
    const after = claimsLoader.build(root).id;
    expect(after.claims).toBe(before.claims);
    expect(after.bySource).toEqual(before.bySource);
  });

  it('the claims loader fails on an unknown <Term id>', () => {
    const root = fixtureRoot();
    let line = 0;
    edit(root, 'src/content/pages/en/metode.mdx', (s) => {
      const lines = s.split('\n');
      line = lines.findIndex((l) => /^[A-Z]/.test(l)) + 1;
      lines[line - 1] = `${lines[line - 1]} <Term id="no-such-term">x</Term>`;
      return lines.join('\n');
    });
    expect(() => claimsLoader.build(root)).toThrow(`src/content/pages/en/metode.mdx:${line}: <Term id="no-such-term">: unknown glossary term (use an id of src/data/glossary.json)`);
  });

  it('the pages loader fails on MDX the build could not compile', () => {
    const root = fixtureRoot();
    edit(root, 'src/content/pages/id/metode.mdx', (s) => `${s}\n\nTeks <Claim src="S1"\n\nlagi\n`);
    expect(() => pagesLoader.build(root)).toThrow(/src\/content\/pages\/id\/metode\.mdx:\d+:\d+: /);
  });
});
