/**
 * Entry of the provenance and citing scripts on every content page (loaded by CiteBox.astro,
 * one external file): the cite boxes, the section cite controls and the claim/term cards
 * (their code loads on the first hover, focus or tap of a marker).
 */
import { enhanceCitations } from './cite.ts';
import { enableSectionCite } from './section-cite.ts';
import { lazyCards } from './cards-lazy.ts';

enhanceCitations(document);
enableSectionCite(document);
lazyCards(document);
