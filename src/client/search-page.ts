/** The search page (/cari/, /en/search/): mounts the search UI on its box. */
import { mountSearch } from './search-ui.ts';

const root = document.querySelector<HTMLElement>('.search--page[data-search]');
if (root) mountSearch(root);
