/**
 * A section's citation in every style, filled in in the browser (src/client/section-cite.ts)
 * from the site's citation templates for the page's language (one cached file per language,
 * /kutip/templates.<lang>.json, src/pages/kutip/templates.[lang].json.ts: the same for every
 * page, so no page carries them) and what the section's heading carries (its title as each
 * style writes it, SectionHeading.astro). Pure and free of citeproc, so it ships to the
 * browser; its unit test checks it against the build's own `formatPageItem`.
 */
import { cslEscape } from './escape.ts';
import { fillSlots } from './slots.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One language's page templates, as the file holds them. */
export interface CiteTemplates {
  slots: { title: string; url: string };
  placeholder: string;
  close: string;
  /** Per style: its accessed-date key ("en/apa"), label and page template (null: no usable template). */
  styles: { key: string; label: string; before: string | null; after: string | null }[];
}

/** What each page says once (CiteBox.astro's data block): the cite control's label, its URL, its own title per style. */
export interface PageCiteData {
  label: string;
  /** The page's URL (absolute with SITE_URL, else its site path). */
  url: string;
  /** The page's own title as each style writes it, when every style has a template (the cite box's other styles). */
  pageTitles?: string[];
}

/** The templates file's address under the site's base. (Joined here, not with paths.ts, whose slug table would join the script.) */
export function citeTemplatesPath(lang: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}kutip/templates.${lang}.json`;
}

/** The citation HTML per style, or null when a template is missing (then the heading carries finished citations). */
export function sectionCitations(data: CiteTemplates, titles: string[], url: string): string[] | null {
  if (titles.length === 0 || data.styles.some((s) => s.before === null)) return null;
  return data.styles.map((style, i) => {
    const title = titles.length === 1 ? titles[0] : titles[i];
    const fill = (text: string) => fillSlots(text, [[data.slots.title, title], [data.slots.url, cslEscape(url)]]);
    // As citationHtml (./html.ts) writes it, without its site-path handling (the URL here is absolute): kept small for the browser.
    const before = fill(style.before!);
    return style.after === null ? before : `${before}<span data-accessed="${style.key}" data-js-text="">${escapeText(data.placeholder)}</span>${fill(style.after)}`;
  });
}
