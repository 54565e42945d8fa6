/**
 * Loads the card script (src/client/cards.ts) on the first hover, focus or tap of a marker,
 * so a page whose reader never points at a marker never downloads it, and opens that first
 * card. A touch tap is held (the link not followed) while the script loads, as the loaded
 * script would hold it. A page with glossary terms fetches the glossary's card file
 * (src/lib/card-terms.ts) at the same time; if that fails, a term is still a link to the glossary.
 */
import { MARKERS } from './markers.ts';
import { cardTermsPath, type CardTerms } from '../lib/card-terms.ts';

// A failed fetch or a file that is not JSON (a 404 page) leaves no definitions: the terms stay links.
const fetchTerms = (doc: Document): Promise<CardTerms> | CardTerms =>
  doc.querySelector('a.term__link')
    ? fetch(cardTermsPath(doc.documentElement.lang, import.meta.env.BASE_URL)).then((r) => r.json()).catch(() => ({}))
    : {};

export function lazyCards(doc: Document): void {
  if (!doc.querySelector(MARKERS)) return;
  let pointer = { type: '', at: 0 };
  const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(MARKERS) : null);
  const touchJustNow = (at: number) => pointer.type !== '' && pointer.type !== 'mouse' && at - pointer.at < 800;
  const listeners: [string, (e: Event) => void][] = [];
  const load = (a: HTMLAnchorElement) => {
    for (const [type, fn] of listeners) doc.removeEventListener(type, fn, true);
    void Promise.all([import('./cards.ts'), fetchTerms(doc)]).then(([{ enableCards }, terms]) => {
      const cards = enableCards(doc, terms);
      // Open the first card only if the reader is still on that marker.
      if (a === doc.activeElement || a.matches(':hover') || touchJustNow(performance.now())) cards.open(a);
    });
  };
  const on = (type: string, fn: (e: Event) => void) => {
    listeners.push([type, fn]);
    doc.addEventListener(type, fn, true);
  };
  on('pointerdown', (e) => { pointer = { type: (e as PointerEvent).pointerType, at: e.timeStamp }; });
  on('pointerover', (e) => {
    const a = markerOf(e.target);
    if (a && (e as PointerEvent).pointerType === 'mouse') load(a);
  });
  on('focusin', (e) => {
    const a = markerOf(e.target);
    if (a && !touchJustNow(e.timeStamp)) load(a);
  });
  on('click', (e) => {
    const a = markerOf(e.target);
    if (a && touchJustNow(e.timeStamp)) {
      e.preventDefault();
      load(a);
    }
  });
}
