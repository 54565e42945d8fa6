/**
 * The search dialog: opens on the header link or "/", loads the search UI (src/client/search-ui.ts) on first open, closes on
 * Escape, the close button or the backdrop. Its markup is a data block on the search page (src/components/search/SearchDialog.astro):
 * fetched from the link's own address when the reader reaches for search (pointer over the link, focus on it, "/"), inserted once.
 * If that fetch fails, the link does what it does without JavaScript: it goes to the search page.
 */
const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
let dialogReady: Promise<HTMLDialogElement | null> | null = null;
let mounted: Promise<unknown> | null = null;

const BLOCK = 'script[data-html-block="search-dialog"]';

/** The block's markup: from this page if it has it (the search page), else from the search page. */
async function blockHtml(): Promise<string | null> {
  const here = document.querySelector<HTMLScriptElement>(BLOCK);
  if (here) return here.textContent;
  if (!opener) return null;
  const response = await fetch(opener.href);
  if (!response.ok) return null;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  return doc.querySelector(BLOCK)?.textContent ?? null;
}

function prepare(): Promise<HTMLDialogElement | null> {
  dialogReady ??= blockHtml()
    .then((html) => {
      if (!html) return null;
      // The dialog goes at the end of <body>: it is modal and placed by its own styles.
      document.body.insertAdjacentHTML('beforeend', html);
      const dialog = document.body.lastElementChild;
      if (!(dialog instanceof HTMLDialogElement)) return null;
      wire(dialog);
      return dialog;
    })
    .catch(() => null);
  return dialogReady;
}

function wire(dialog: HTMLDialogElement) {
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
}

async function open() {
  // On the search page itself, "/" goes to its own search box.
  const pageInput = document.querySelector<HTMLInputElement>('.search--page [data-search-input]');
  if (pageInput) return pageInput.focus();
  // What the reader types while the markup is on its way goes into the search box, not the page.
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    typed += event.key;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener('keydown', keep, true);
  const dialog = await prepare();
  document.removeEventListener('keydown', keep, true);
  if (!dialog) {
    if (opener) location.href = opener.href;
    return;
  }
  if (dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  input?.focus();
  if (input && typed) input.value += typed;
  const root = dialog.querySelector<HTMLElement>('[data-search]');
  mounted ??= import('./search-ui.ts').then((m) => root && m.mountSearch(root));
}

// Reaching for the link starts the fetch, so the dialog is there by the click.
for (const type of ['pointerenter', 'focus', 'touchstart'] as const) opener?.addEventListener(type, () => void prepare(), { once: true, passive: true });
opener?.addEventListener('click', (event) => {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // open in a new tab as a link
  event.preventDefault();
  void open();
});
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  event.preventDefault();
  void open();
});
