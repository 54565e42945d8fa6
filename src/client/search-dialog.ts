/** The search dialog: opens on the header link or "/", loads the search UI (src/client/search-ui.ts) on first open, closes on Escape, the close button or the backdrop. */
// The dialog's markup arrives as a data block (src/components/layout/HtmlBlock.astro), inserted here.
const block = document.querySelector<HTMLScriptElement>('script[data-html-block="search-dialog"]');
block?.insertAdjacentHTML('afterend', block.textContent ?? '');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
let mounted: Promise<unknown> | null = null;

function open() {
  // On the search page itself, "/" goes to its own search box.
  const pageInput = document.querySelector<HTMLInputElement>('.search--page [data-search-input]');
  if (pageInput) return pageInput.focus();
  if (!dialog || dialog.open) return;
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  const root = dialog.querySelector<HTMLElement>('[data-search]');
  mounted ??= import('./search-ui.ts').then((m) => root && m.mountSearch(root));
}

opener?.addEventListener('click', (event) => {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // open in a new tab as a link
  event.preventDefault();
  open();
});
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  event.preventDefault();
  open();
});
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the dialog's box) closes it.
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
dialog?.addEventListener('close', () => opener?.focus());
