import { fixedSlugs } from './pages.ts';

/**
 * Section ids of the Findings chapter (`temuan`), as agreed for every helper. A finding row
 * names the section it appears in; the loader rejects any other id. One place to change.
 */
export const findingSections = [
  'micro-capability',
  'macro-influence',
  'interdependence',
  'bonding-strengths',
  'bonding-barriers',
  'barrier-mindset',
  'barrier-capacity',
  'bridging-linking',
] as const;
export type FindingSection = (typeof findingSections)[number];
/** The chapter that holds them. */
export const findingsSlug = fixedSlugs.findings;
