/**
 * Browser side of the cite boxes (bundled by Astro into a module; no inline script):
 * fills each accessed-date slot with today's date written as the style writes dates,
 * makes site-path URLs absolute, adds a copy button to each citation, and makes a click on
 * a section's anchor link also copy its URL.
 */
import { accessedDates } from '../generated/citation.json';
import { fillAccessed } from '../lib/citation/dates.ts';


export function announce(root: Document, message: string): void {
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node each time so screen readers repeat the message.
  setTimeout(() => (status.textContent = message), 50);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Today's date in each accessed-date slot, written as its style writes dates. */
export function fillAccessedSlots(root: ParentNode, today = new Date()): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const index = (accessedDates.styles as Record<string, number>)[slot.dataset.accessed ?? ''];
    const list = accessedDates.formats[index];
    if (list) slot.textContent = fillAccessed(list, today);
  }
  for (const span of root.querySelectorAll<HTMLElement>('[data-cite-url]')) {
    span.textContent = new URL(span.dataset.citeUrl ?? '', location.href).href;
  }
}

/** A copy button after each citation of the lists in `root`. */
export function addCopyButtons(root: ParentNode, doc: Document): void {
  if (!navigator.clipboard) return;
  for (const list of root.querySelectorAll<HTMLElement>('dl.cite-list')) {
    for (const text of list.querySelectorAll<HTMLElement>('.cite-list__text')) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'cite-copy';
      button.dataset.citeCopy = '';
      button.dataset.jsOnly = '';
      const label = list.dataset.copy ?? '';
      button.textContent = label;
      button.addEventListener('click', async () => {
        if (await copy(text.textContent?.trim() ?? '')) {
          button.textContent = list.dataset.copied ?? label;
          announce(doc, button.textContent);
          setTimeout(() => (button.textContent = label), 2000);
        }
      });
      text.after(' ', button);
    }
  }
}

export function enhanceCitations(root: Document, today = new Date()): void {
  fillAccessedSlots(root, today);
  addCopyButtons(root, root);
  if (!navigator.clipboard) return;
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-anchor]')) {
    link.addEventListener('click', async () => {
      if (await copy(link.href)) announce(root, status?.dataset.anchorCopied ?? '');
    });
  }
}
