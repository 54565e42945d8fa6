/**
 * Astro `redirects` for pages renamed in the anchor registry: "/old/" -> "/new/" and
 * "/en/old/" -> "/en/new/". A static build writes a small page at the old address
 * (meta refresh and canonical link); the browser keeps the #fragment across it, and the
 * new page carries old section ids as aliases (SectionHeading.astro).
 */
import { pageRedirects, type AnchorRegistry } from './anchors.ts';
import { languages } from './i18n.ts';
import { pagePath } from './paths.ts';

export function redirectsFor(registry: Pick<AnchorRegistry, 'redirects'>, base = '/'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of pageRedirects(registry)) {
    for (const lang of languages) out[pagePath(lang, r.fromSlug)] = pagePath(lang, r.to, base);
  }
  return out;
}
