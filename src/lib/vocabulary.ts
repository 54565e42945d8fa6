/**
 * The study's vocabulary, declared once: Mouzelis' three levels, Woolcock's three ties, the
 * valence of a finding and the basis of every claim. The dataset schemas, the explorer's
 * filters, the search filters, the codebook and the charts all take their lists from here.
 * Labels are interface strings (`explorer.value.<code>`, `search.level.<x>`,
 * `search.tie.<x>` in src/data/ui/*.json), never written in code.
 */
export const levels = ['micro', 'meso', 'macro'] as const;
export const ties = ['bonding', 'bridging', 'linking'] as const;
/** A finding about levels only has no tie. */
export const tiesOrNone = [...ties, 'none'] as const;
export const valences = ['strength', 'barrier', 'dependency'] as const;
export const bases = ['stated', 'interpreted'] as const;

export type Level = (typeof levels)[number];
export type Tie = (typeof ties)[number];
export type TieOrNone = (typeof tiesOrNone)[number];
export type Valence = (typeof valences)[number];
export type Basis = (typeof bases)[number];
