import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRows, rowName } from '../../src/lib/schemas.ts';
import { readJson } from '../../scripts/lib/loader.ts';
import { edit, fixtureRoot } from '../support/fixture.ts';

const row = z.strictObject({ id: z.string().min(1), level: z.enum(['micro', 'meso', 'macro']) });

describe('parseRows', () => {
  it('returns valid rows', () => {
    expect(parseRows(row, [{ id: 'a', level: 'micro' }, { id: 'b', level: 'macro' }], 'f.json').map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('names file, row (number and id) and field of a bad value', () => {
    expect(() => parseRows(row, [{ id: 'a', level: 'micro' }, { id: 'b', level: 'mega' }], 'f.json')).toThrow(/^f\.json: row 2 \("b"\): field "level": /);
  });

  it('rejects a duplicated id and a file that is not an array', () => {
    expect(() => parseRows(row, [{ id: 'a', level: 'micro' }, { id: 'a', level: 'meso' }], 'f.json')).toThrow('f.json: row 2 ("a"): field "id": duplicated id "a"');
    expect(() => parseRows(row, { id: 'a' }, 'f.json')).toThrow('f.json: expected an array of rows');
  });

  it('names a row without an id by its number', () => {
    expect(rowName({ level: 'micro' }, 4)).toBe('row 5');
    expect(rowName(null, 0)).toBe('row 1');
  });
});

describe('readJson', () => {
  it('names the file of a syntax error', () => {
    const root = fixtureRoot();
    edit(root, 'src/data/study.json', (s) => s.replace('{', '{,'));
    expect(() => readJson(root, 'src/data/study.json')).toThrow(/^src\/data\/study\.json: not valid JSON/);
  });
});
