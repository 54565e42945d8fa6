/** pagefind.yml (read by Pagefind's command line) as the options of its Node API (scripts/build.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pagefindOptions } from '../../scripts/lib/pagefind-options.ts';

const file = join(process.cwd(), 'pagefind.yml');

describe('pagefindOptions', () => {
  it('passes every setting of pagefind.yml, with its value, under the API’s name', () => {
    const settings = yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const options = pagefindOptions(file) as Record<string, unknown>;
    expect(Object.keys(options)).toHaveLength(Object.keys(settings).length);
    expect(Object.values(options)).toEqual(Object.values(settings));
    expect(Object.keys(options).every((key) => /^[a-z]+(?:[A-Z][a-z]+)*$/.test(key))).toBe(true);
  });

  it('maps the names the command line reads', () => {
    expect(pagefindOptions('x.yml', 'exclude_selectors: [".a"]\nforce_language: id\n')).toEqual({ excludeSelectors: ['.a'], forceLanguage: 'id' });
    expect(pagefindOptions('x.yml', '')).toEqual({});
  });

  it('fails on a setting the API does not take, naming the file and the setting', () => {
    expect(() => pagefindOptions('pagefind.yml', 'exclude_selectors: []\nglob: "**/*.html"\n')).toThrow(/pagefind\.yml: "glob" is not a setting/);
  });
});
