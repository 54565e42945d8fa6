import { describe, expect, it } from 'vitest';
import references from '../../src/data/references.json' with { type: 'json' };
import { formatBibliography } from '../../src/lib/citation/bibliography.ts';
import type { Reference } from '../../src/lib/sources.ts';

const refs = references as Reference[];

describe('the references list', () => {
  const en = formatBibliography(refs, 'en');
  const id = formatBibliography(refs, 'id');
  const entry = (list: typeof en, key: string) => list.find((e) => e.key === key)!.html;

  it('lists every work once, sorted by author', () => {
    expect(en.map((e) => e.key).sort()).toEqual(refs.map((r) => r.id).sort());
    expect(en.findIndex((e) => e.key === 'febriana-abstract')).toBeLessThan(en.findIndex((e) => e.key === 'woolcock-2001'));
  });

  it('formats a journal article in APA style', () => {
    expect(entry(en, 'woolcock-2001')).toBe('Woolcock, M. (2001). The place of social capital in understanding social and economic outcomes. <i>Isuma: Canadian Journal of Policy Research</i>, <i>2</i>(1), 11–17.');
  });

  it('keeps the editors\' bracketed titles bracketed', () => {
    expect(entry(en, 'kompas-2022')).toContain('[Report on the fortnightly traditional-food market in Mangkubumen, Solo]');
  });

  it('writes "n.d." in English and "t.t." with Indonesian month names in Indonesian', () => {
    expect(entry(en, 'febriana-abstract')).toContain('Febriana, E. (n.d.)');
    expect(entry(id, 'febriana-abstract')).toContain('Febriana, E. (t.t.)');
    expect(entry(en, 'kompas-2022')).toContain('(2022, January 25)');
    expect(entry(id, 'kompas-2022')).toContain('(2022, Januari 25)');
  });
});
