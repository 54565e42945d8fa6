/**
 * The site's page templates for one language, as the browser reads them (src/lib/citation/section.ts
 * `CiteTemplates`): written once per language to /kutip/templates.<lang>.json
 * (src/pages/kutip/templates.[lang].json.ts), fetched when a reader first cites a section or opens
 * a cite box. Every page of a language shares them, so no page carries them.
 */
import { t, type Lang, type UiKey } from '../i18n.ts';
import { citeStyles, PAGE_SLOTS, type CiteStyle, type PageTemplates } from './page-record.ts';
import { siteTemplate } from './page.ts';
import type { CiteTemplates } from './section.ts';

export const styleLabels: Record<CiteStyle, UiKey> = { apa: 'cite.styleApa', 'chicago-author-date': 'cite.styleChicago', 'modern-language-association': 'cite.styleMla' };

/** `templates`: the ones the citation.json loader made (the build passes them); missing ones are made here. */
export async function citeTemplates(lang: Lang, templates?: PageTemplates): Promise<CiteTemplates> {
  return {
    slots: PAGE_SLOTS,
    placeholder: t(lang, 'cite.accessedPlaceholder'),
    close: t(lang, 'footnote.close'),
    styles: await Promise.all(citeStyles.map(async (style) => {
      const template = await siteTemplate(style, lang, t(lang, 'site.title'), templates);
      return { key: `${lang}/${style}`, label: t(lang, styleLabels[style]), before: template?.before ?? null, after: template?.after ?? null };
    })),
  };
}
