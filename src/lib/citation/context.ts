/**
 * What a heading needs to cite its section: the page it is on. Routes put it in
 * Astro.locals before rendering the content (as Claim.astro's counter does), so MDX
 * headings stay plain `## Title {#id}`.
 */
import type { Lang } from '../i18n.ts';
import { pagePath } from '../paths.ts';
import { pageRecord, type CslItem } from './page-record.ts';

export interface CiteContext {
  lang: Lang;
  slug: string;
  pageTitle: string;
  siteTitle: string;
  base: string;
  /** Astro.site: absolute URLs when SITE_URL is set. */
  site?: URL;
}

export function setCiteContext(locals: object, context: CiteContext): void {
  (locals as { cite?: CiteContext }).cite = context;
}

export function getCiteContext(locals: object, where: string): CiteContext {
  const context = (locals as { cite?: CiteContext }).cite;
  if (!context) throw new Error(`${where}: a section heading needs the page's cite context (setCiteContext in the route)`);
  return context;
}

/** The CSL record of a page or one of its sections, and the site path to show when there is no SITE_URL. */
export function pageCitation(context: CiteContext, section?: { id: string; title: string }): { item: CslItem; relativeUrl?: string } {
  const path = pagePath(context.lang, context.slug, context.base, section?.id ?? '');
  const url = context.site ? new URL(path, context.site).href : path;
  const item = pageRecord({ lang: context.lang, siteTitle: context.siteTitle, pageTitle: context.pageTitle, sectionTitle: section?.title, url });
  return { item, relativeUrl: context.site ? undefined : path };
}
