/** What opens a card (src/client/cards.ts): a claim's source links, in-text citations that point into the sources list, glossary terms. */
export const MARKERS = 'a.claim__ref[href^="#"], a.cite[href^="#"], a.term__link';
