/** The site's page registry (src/lib/pages.ts) over the pages loader's checked list, built once for every component. */
import pagesJson from '../generated/pages.json';
import { pageRegistry, type RegisteredPage } from '../lib/pages.ts';

export const registry = pageRegistry(pagesJson as RegisteredPage[]);
