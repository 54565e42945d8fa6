/**
 * Pagefind's settings live in pagefind.yml, the file its command line reads; scripts/build.ts
 * indexes through Pagefind's Node API, which takes them as options with other names.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { PagefindServiceConfig } from 'pagefind';

/** pagefind.yml's name -> the Node API's name, for every setting the API takes. */
const names: Record<string, keyof PagefindServiceConfig> = {
  root_selector: 'rootSelector',
  exclude_selectors: 'excludeSelectors',
  force_language: 'forceLanguage',
  keep_index_url: 'keepIndexUrl',
  include_characters: 'includeCharacters',
  max_fragments: 'maxFragments',
};

/** The settings in `file` as Pagefind's Node API options; one it has no name for fails, naming the file and the setting. */
export function pagefindOptions(file: string, text = readFileSync(file, 'utf8')): PagefindServiceConfig {
  const settings = (yaml.load(text) ?? {}) as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    const name = names[key];
    if (!name) throw new Error(`${file}: "${key}" is not a setting Pagefind's Node API takes (scripts/lib/pagefind-options.ts knows ${Object.keys(names).join(', ')})`);
    options[name] = value;
  }
  return options as PagefindServiceConfig;
}
