/**
 * The header's tools, on every page with a header, as one module: the report menu, the search
 * dialog's opener, the language switch and the colour-scheme control. Each finds its own
 * elements. (Scripts of other parts of a page stay with their components: a page without a
 * table of contents or a cite box loads none of their code.)
 */
import './report-nav.ts';
import './search-dialog.ts';
import './language-switch.ts';
import './theme-toggle.ts';
