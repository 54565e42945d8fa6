/**
 * Entry of the provenance and citing scripts on every content page (loaded by CiteBox.astro,
 * one external file): the cite boxes, the section cite controls and the claim/term cards.
 */
import { enhanceCitations } from './cite.ts';
import { enableSectionCite } from './section-cite.ts';
import { enableCards } from './cards.ts';

enhanceCitations(document);
enableSectionCite(document);
enableCards(document);
