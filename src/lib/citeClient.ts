/**
 * Browser side of the cite boxes (bundled by Astro into a module; no inline script):
 * fills each accessed-date slot with today's date written as the style writes dates,
 * makes site-path URLs absolute, shows the copy buttons and copies, and makes a click on
 * a section's anchor link also copy its URL.
 */
import { accessedPatterns } from '../generated/citation.json';
import { fillAccessed } from './citationDates.ts';

const patterns = accessedPatterns as Record<string, Record<string, string[]>>;

function announce(root: Document, message: string): void {
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

export function enhanceCitations(root: Document, today = new Date()): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const [lang, style] = (slot.dataset.accessed ?? '').split('/');
    const list = patterns[lang]?.[style];
    if (list) slot.textContent = fillAccessed(list, today);
  }
  for (const span of root.querySelectorAll<HTMLElement>('[data-cite-url]')) {
    span.textContent = new URL(span.dataset.citeUrl ?? '', location.href).href;
  }
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const text = button.closest('dd')?.querySelector('.cite-list__text')?.textContent?.trim() ?? '';
      if (await copy(text)) {
        button.textContent = button.dataset.copied ?? label;
        announce(root, button.textContent);
        setTimeout(() => (button.textContent = label), 2000);
      }
    });
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-anchor]')) {
    link.addEventListener('click', async () => {
      if (await copy(link.href)) announce(root, link.dataset.copied ?? '');
    });
  }
}
