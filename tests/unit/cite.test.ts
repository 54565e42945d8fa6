import { describe, expect, it } from 'vitest';
import references from '../../src/data/references.json' with { type: 'json' };
import { findReference, inTextCitation } from '../../src/lib/citation/in-text.ts';
import type { Reference } from '../../src/lib/sources.ts';

const refs = references as Reference[];
const ref = (key: string) => findReference(key, refs, 'test');

describe('inline citations', () => {
  it('writes author and year in parentheses, or the author in running text', () => {
    expect(inTextCitation(ref('woolcock-2001'), 'en')).toBe('(Woolcock, 2001)');
    expect(inTextCitation(ref('woolcock-2001'), 'id', 'narrative')).toBe('Woolcock (2001)');
  });

  it('joins two authors with & in parentheses and with a word in running text', () => {
    expect(inTextCitation(ref('miles-huberman-1984'), 'en')).toBe('(Miles & Huberman, 1984)');
    expect(inTextCitation(ref('miles-huberman-1984'), 'id', 'narrative')).toBe('Miles dan Huberman (1984)');
    expect(inTextCitation(ref('woolcock-narayan-2000'), 'en', 'narrative')).toBe('Woolcock and Narayan (2000)');
  });

  it('says "t.t." / "n.d." for a source without a date', () => {
    expect(inTextCitation(ref('febriana-abstract'), 'id')).toBe('(Febriana, t.t.)');
    expect(inTextCitation(ref('5news-2019'), 'en')).toBe('(5NEWS, n.d.)');
  });

  it('cites a work without an author by its title', () => {
    expect(inTextCitation(ref('uu-20-2008'), 'id')).toMatch(/^\(Undang-Undang Republik Indonesia Nomor 20 Tahun 2008 .*, 2008\)$/);
  });

  it('fails on an unknown key, naming the place', () => {
    expect(() => findReference('wolcock-2000', refs, 'src/content/pages/id/kerangka-teori.mdx')).toThrow(
      'src/content/pages/id/kerangka-teori.mdx: unknown reference key "wolcock-2000" (use a key of src/data/references.json)',
    );
  });
});
