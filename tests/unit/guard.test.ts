import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, findInventedSpecifics } from '../../src/lib/guard.ts';

const mdx = (body: string) => `---\ntitle: T\ndescription: D\norder: 1\n---\nimport Claim from '../x.astro';\n\n${body}\n`;
const problems = (body: string) => findInventedSpecifics(mdx(body), 'src/content/pages/id/x.mdx').map(describeProblem);

function allMdx(): string[] {
  const files: string[] = [];
  for (const lang of ['id', 'en']) {
    for (const f of readdirSync(join('src/content/pages', lang))) if (f.endsWith('.mdx')) files.push(`src/content/pages/${lang}/${f}`);
    files.push(`src/content/home/${lang}.mdx`);
  }
  return files;
}

describe('guard against invented specifics', () => {
  it('finds nothing in any page of the site', () => {
    const files = allMdx();
    expect(files.length).toBeGreaterThanOrEqual(22);
    expect(files.flatMap((f) => findInventedSpecifics(readFileSync(f, 'utf8'), f)).map(describeProblem)).toEqual([]);
  });

  it('accepts saying that a number or a date is not stated', () => {
    expect(problems('Abstrak tidak menyebutkan jumlah informan maupun waktu penelitian lapangan.<Claim src="S5" />')).toEqual([]);
    expect(problems('The abstract does not state the number of informants or when the fieldwork took place.')).toEqual([]);
  });

  it('fails on a count of informants, naming file and line', () => {
    expect(problems('Penelitian ini melibatkan 8 informan.<Claim src="S5" />')).toEqual([
      'src/content/pages/id/x.mdx:8: a count of informants is not stated by any source: "Penelitian ini melibatkan 8 informan."',
    ]);
    expect(problems('Twelve informants were chosen by purposive sampling.')).toHaveLength(1);
    expect(problems('Informan berjumlah lima orang.')).toHaveLength(1);
  });

  it('fails on a fieldwork date', () => {
    expect(problems('Wawancara dilakukan pada Maret 2021.')[0]).toMatch(/:8: a fieldwork date is not stated/);
    expect(problems('The interviews took place in 2020.')).toHaveLength(1);
  });

  it('fails on a thesis year presented as known', () => {
    expect(problems('Menurut Febriana (2023), kapabilitas individu sudah baik.')[0]).toMatch(/the thesis year presented as known/);
    expect(problems('The 2022 thesis reads the group through Mouzelis.')).toHaveLength(1);
    expect(problems('Skripsi ini ditulis pada tahun 2023.')).toHaveLength(1);
  });

  it('fails on quotation marks around words attributed to an informant', () => {
    expect(problems('Seorang informan berkata, “kami belum siap berdagang”.')[0]).toMatch(/quotation marks around words attributed to an informant/);
    expect(problems('One member said the group was "not ready to trade".')).toHaveLength(1);
  });

  it('does not read the attribute values of a component as prose', () => {
    expect(problems('Kapabilitas baik.<Claim src="S8" basis="interpreted" why="Penyunting membaca kata sehingga sebagai simpulan." />')).toEqual([]);
  });
});
