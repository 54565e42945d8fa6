import { describe, expect, it } from 'vitest';
import { backLabel, enterSection, labelRepeatsTitle, entryId, listEntries, newProvenance, nextLedgerId, useSource } from '../../src/lib/provenance.ts';
import type { SourceEntry } from '../../src/lib/sources.ts';

const registry: Record<string, SourceEntry> = {
  S8: { key: 'S8', kind: 'sentence', label: 'S8', text: 'Kalimat.', textEn: 'Sentence.' },
  'woolcock-2001': { key: 'woolcock-2001', kind: 'work', label: 'Woolcock 2001', title: 'The place of social capital' },
};

describe('sources list of a page', () => {
  it('lists each source once, in order of first use, with one back-link target per marker', () => {
    const p = newProvenance();
    expect(useSource(p, 'S8', 'stated')).toBe('sumber-S8-1');
    expect(useSource(p, 'woolcock-2001', 'cited')).toBe('sumber-woolcock-2001-1');
    expect(useSource(p, 'S8', 'interpreted')).toBe('sumber-S8-2');
    const entries = listEntries(p, registry, '/temuan/');
    expect(entries.map((e) => [e.id, e.uses.map((u) => u.id)])).toEqual([
      ['sumber-S8', ['sumber-S8-1', 'sumber-S8-2']],
      ['sumber-woolcock-2001', ['sumber-woolcock-2001-1']],
    ]);
    expect(entries[0].uses.map((u) => u.basis)).toEqual(['stated', 'interpreted']);
  });

  it('ids depend on keys and order only, so both languages of a page share them', () => {
    expect(entryId('S8')).toBe('sumber-S8');
    const run = () => {
      const p = newProvenance();
      useSource(p, 'S9', 'stated');
      useSource(p, 'S9', 'stated');
      return [...p.uses.get('S9')!.map((u) => u.id)];
    };
    expect(run()).toEqual(run());
  });

  it('names a marker instead of numbering it where the order differs between languages', () => {
    const p = newProvenance();
    expect(useSource(p, 'S3', 'stated', 'bonding')).toBe('sumber-S3-bonding');
    expect(useSource(p, 'S3', 'stated')).toBe('sumber-S3-2');
  });

  it('fails on an unknown key, naming the page', () => {
    const p = newProvenance();
    useSource(p, 'S99', 'stated');
    expect(() => listEntries(p, registry, '/en/temuan/')).toThrow('/en/temuan/: unknown source key "S99"');
  });

  it('gives each claim the id of its claims-ledger row (page, section, position in section)', () => {
    const p = newProvenance();
    expect(nextLedgerId(p, '')).toBe('home--intro--1');
    enterSection(p, 'bonding');
    expect(nextLedgerId(p, 'temuan')).toBe('temuan--bonding--1');
    expect(nextLedgerId(p, 'temuan')).toBe('temuan--bonding--2');
    enterSection(p, 'bridging');
    expect(nextLedgerId(p, 'temuan')).toBe('temuan--bridging--1');
  });

  it('labels back links a, b, …, z, aa', () => {
    expect([0, 1, 25, 26, 27].map(backLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

describe('a work\'s label in the sources list', () => {
  it('is left out when it only repeats the title (and its year), kept otherwise', () => {
    const statute = 'Undang-Undang Republik Indonesia Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah';
    expect(labelRepeatsTitle(`${statute} 2008`, statute)).toBe(true);
    expect(labelRepeatsTitle('Penulis 2001', 'Judul karyanya')).toBe(false);
    expect(labelRepeatsTitle('5NEWS', undefined)).toBe(false);
  });
});
