import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAbstract, splitSentences } from '../../src/lib/abstract.ts';

const raw = readFileSync('src/data/abstract.id.txt', 'utf8');

describe('parseAbstract', () => {
  it('splits the published abstract into the dossier numbering S1–S14', () => {
    const parsed = parseAbstract(raw);
    expect(parsed.sentences).toHaveLength(14);
    expect(parsed.titleAsPrinted).toBe('COMMUNITY GOVERNANCE DALAM PEMBERDAYAAN USAHA MIKRO KECIL MENENGAH');
    expect(parsed.byline).toBe('Elsa Febriana - D0119036 - Fak. ISIP');
    expect(parsed.sentences[0].text).toMatch(/^Pemberdayaan merupakan proses/);
    expect(parsed.sentences[8]).toEqual({
      id: 'S9',
      text: 'Dalam analisis level makro memiliki pengaruh yang besar terhadap tingkat mikro dan meso.',
    });
    expect(parsed.sentences[13].text).toMatch(/bridging dan linking .* lebih tinggi\.$/);
  });

  it('keeps every character of the body (the quote is verbatim)', () => {
    const body = raw.split('Fak. ISIP')[1].trim();
    expect(parseAbstract(raw).sentences.map((s) => s.text).join(' ')).toBe(body.replace(/\s+/g, ' '));
  });

  it('fails, naming the file, when a sentence is lost', () => {
    const broken = raw.replace(' Sehingga menjadi jelas', ' sehingga menjadi jelas').replace('meso. sehingga', 'meso, sehingga');
    expect(() => parseAbstract(broken, 'fixture.txt')).toThrow('fixture.txt: expected 14 sentences (S1–S14), found 13');
  });

  it('fails when the header layout is not the published one', () => {
    expect(() => parseAbstract('Judul\n\nOleh :\nX\nIsi.', 'bad.txt')).toThrow(/^bad\.txt: expected the lines "Abstrak"/);
  });

  it('splits only on full stops followed by space', () => {
    expect(splitSentences('Miles and Huberman (1984) dimulai. Kedua, 2.000 rupiah.')).toEqual([
      'Miles and Huberman (1984) dimulai.',
      'Kedua, 2.000 rupiah.',
    ]);
  });
});
