/**
 * Chart embeds: every chart has a small page of its own that other sites may put in an
 * <iframe> (/grafik/embed/<name>/ and /en/grafik/embed/<name>/). Only these pages relax
 * `frame-ancestors` (src/lib/security.ts); the figures on the charts page and the explorer offer the snippet (ChartEmbedCode.astro).
 */
import { languages, type Lang } from './i18n.ts';
import { pagePath } from './paths.ts';
import { fixedSlugs } from './pages.ts';

/** The charts page: the embeds live under it, and link back to it. */
export const chartsSlug = fixedSlugs.charts;

/** The embed page's slug (shared by both languages, like every page). */
export function embedSlug(name: string): string {
  return `${chartsSlug}/embed/${name}`;
}

/** Site paths (without base) under which pages may be framed: one per language. */
export function embedPrefixes(): string[] {
  return languages.map((lang) => pagePath(lang, `${chartsSlug}/embed`).slice(1));
}

/** Height of the embed frame: the chart at its drawn size plus the caption, sources and links around it. */
export function embedHeight(svg: string): number {
  const m = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('embed: the chart SVG has no viewBox');
  return Number(m[1]) + 520;
}

export type { Lang };
