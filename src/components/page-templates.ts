/**
 * The build's page citation templates (the citation.json loader's), with what the citeproc.json
 * loader worked out for the site's page and section titles, joined once for every component
 * (src/lib/citation/page.ts: rendering then runs no citeproc).
 */
import citation from '../generated/citation.json';
import citeproc from '../generated/citeproc.json';
import { withTitles } from '../lib/citation/page.ts';
import type { PageTemplates, PageTitles } from '../lib/citation/page-record.ts';

export const pageTemplates: PageTemplates = withTitles(citation.pageTemplates as PageTemplates, citeproc.titles as PageTitles);
