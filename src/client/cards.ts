/**
 * Hover cards for the page's claim markers, in-text citations and glossary terms: one set of
 * listeners on the document, no script per marker. A card is built from what the page holds
 * once: a source's entry in the sources list (SourcesList.astro) with the claim's basis and
 * rationale (the marker's `data-why`), or a term's definition from the glossary's card file
 * (src/lib/card-terms.ts, fetched by cards-lazy.ts). Mouse: hover opens, the card stays while the pointer is on the marker or the
 * card (WCAG 1.4.13). Keyboard: focus opens. Touch: the first tap opens, a second tap follows
 * the link, a tap on the card or elsewhere closes it. Escape closes and returns focus to the marker. Without JavaScript a marker is a
 * plain link to its entry.
 */
import { MARKERS } from './markers.ts';

import type { CardTerms } from '../lib/card-terms.ts';

const CARD_ID = 'provenance-card';

export interface Cards {
  open(a: HTMLAnchorElement): void;
}

export function enableCards(doc: Document, terms: CardTerms = {}): Cards {
  const sources = doc.querySelector<HTMLElement>('[data-sources]');
  let card: HTMLElement | null = null;
  let owner: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;
  let lastPointer = { type: '', at: 0 };
  let returning = false;

  const text = (tag: string, className: string, value: string) => {
    const el = doc.createElement(tag);
    el.className = className;
    el.textContent = value;
    return el;
  };

  function content(a: HTMLAnchorElement): HTMLElement[] | null {
    if (a.classList.contains('term__link')) {
      const term = terms[decodeURIComponent(a.hash.slice(1))];
      return term ? [text('strong', 'card__title', term[0]), text('span', 'card__text', term[1])] : null;
    }
    const entry = doc.getElementById(decodeURIComponent(a.hash.slice(1)))?.querySelector('.sources__entry');
    if (!entry) return null;
    const parts: HTMLElement[] = [];
    const claim = a.closest<HTMLElement>('.claim');
    if (claim && sources) {
      const interpreted = claim.classList.contains('claim--interpreted');
      parts.push(text('strong', `card__title${interpreted ? ' card__title--interpreted' : ''}`, (interpreted ? sources.dataset.interpreted : sources.dataset.stated) ?? ''));
      if (claim.dataset.why) parts.push(text('span', 'card__why', claim.dataset.why));
    }
    // The entry's text without its links: a tooltip holds nothing to operate.
    const body = doc.createElement('span');
    body.className = 'card__text';
    // A sentence the page quotes in full: the card shows the quotation's text (without its number link).
    const quotedAt = entry.querySelector<HTMLElement>('[data-quoted-at]')?.dataset.quotedAt;
    const quoted = quotedAt ? doc.getElementById(quotedAt) : null;
    for (const node of entry.childNodes) {
      if (quoted && node instanceof HTMLElement && node.dataset.quotedAt) {
        const q = doc.createElement('q');
        q.lang = quoted.closest<HTMLElement>('[lang]')?.lang ?? '';
        q.textContent = [...quoted.childNodes].filter((n) => !(n instanceof HTMLAnchorElement)).map((n) => n.textContent).join('').trim();
        body.append(q);
        continue;
      }
      body.append(node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'A' ? text('span', 'card__key', node.textContent ?? '') : node.cloneNode(true));
    }
    parts.push(body);
    return parts;
  }

  function place(a: HTMLElement, el: HTMLElement): void {
    const r = a.getBoundingClientRect();
    const width = el.offsetWidth;
    const left = Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - width - 8));
    el.style.left = `${left + window.scrollX}px`;
    el.style.top = `${r.bottom + window.scrollY + 6}px`;
  }

  function open(a: HTMLAnchorElement): void {
    window.clearTimeout(hideTimer);
    if (owner === a && card) return;
    close(false);
    const parts = content(a);
    if (!parts) return;
    card = doc.createElement('div');
    card.id = CARD_ID;
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.dataset.jsOnly = '';
    card.append(...parts.flatMap((p, i) => (i ? [doc.createTextNode(' '), p] : [p])));
    doc.body.append(card);
    place(a, card);
    owner = a;
    a.setAttribute('aria-describedby', CARD_ID);
  }

  function close(returnFocus: boolean): void {
    window.clearTimeout(hideTimer);
    card?.remove();
    card = null;
    if (!owner) return;
    owner.removeAttribute('aria-describedby');
    const back = owner;
    owner = null;
    if (returnFocus) {
      // Focus goes back to the marker without reopening its card.
      returning = true;
      back.focus();
      returning = false;
    }
  }

  const marker = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(MARKERS) : null);
  const inCard = (target: EventTarget | null) => target instanceof Node && !!card?.contains(target);

  doc.addEventListener('pointerdown', (e) => { lastPointer = { type: e.pointerType, at: e.timeStamp }; });
  doc.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const a = marker(e.target);
    if (a) open(a);
    else if (inCard(e.target)) window.clearTimeout(hideTimer);
  });
  doc.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse' || !card) return;
    if (marker(e.relatedTarget) === owner || inCard(e.relatedTarget)) return;
    if (owner && owner === doc.activeElement) return;
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => close(false), 300);
  });
  doc.addEventListener('focusin', (e) => {
    if (returning) return;
    const a = marker(e.target);
    // A tap focuses the link too; the click below decides for touch.
    if (a && !(lastPointer.type && lastPointer.type !== 'mouse' && e.timeStamp - lastPointer.at < 800)) open(a);
    else if (!a) close(false);
  });
  doc.addEventListener('focusout', (e) => {
    if (marker(e.target) === owner && !marker(e.relatedTarget) && !(lastPointer.type === 'mouse' && card?.matches(':hover'))) close(false);
  });
  doc.addEventListener('click', (e) => {
    const a = marker(e.target);
    const touch = lastPointer.type === 'touch' || lastPointer.type === 'pen';
    if (a && touch && owner !== a) {
      e.preventDefault();
      open(a);
    } else if (!a) close(false); // a tap elsewhere, or on the card (it holds nothing to operate), closes it
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && card) {
      e.preventDefault();
      close(true);
    }
  });
  return { open };
}
