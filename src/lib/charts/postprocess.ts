/**
 * One pass over the SVG Plot emits, fixing what validators and the Content-Security-Policy reject:
 * - `aria-label` on a `<g>` without a role is prohibited (axe aria-prohibited-attr): give it role="group";
 * - the `font-variant` presentation attribute is not valid SVG for the Nu validator: drop it;
 * - `aria-description` (ARIA 1.3 draft) is not in the validator's grammar: move it into an SVG `<desc>`;
 * - Plot's generated class and clip ids ("plot-d6a7b5") differ per process: make them deterministic per chart;
 * - the CSP has no 'unsafe-inline' for styles, so no inline style survives:
 *   Plot's `<style>` element goes (its rules live in ChartFigure.astro's stylesheet, see `plotStylesheetRules`),
 *   and each `style="…"` attribute becomes SVG presentation attributes (which are not inline styles);
 *   a `background` becomes a full-size `<rect>` behind the marks, so a downloaded SVG keeps it too.
 *   Any other declaration fails the build, naming the chart and the property.
 */

/** SVG 1.1 presentation attributes (minus font-variant, which the Nu validator rejects). */
const presentation = new Set([
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-rendering', 'cursor', 'direction', 'display', 'dominant-baseline', 'fill',
  'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font-family', 'font-size', 'font-size-adjust',
  'font-stretch', 'font-style', 'font-weight', 'image-rendering', 'letter-spacing', 'lighting-color', 'marker-end',
  'marker-mid', 'marker-start', 'mask', 'opacity', 'overflow', 'pointer-events', 'shape-rendering', 'stop-color',
  'stop-opacity', 'stroke', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-anchor', 'text-decoration', 'text-rendering',
  'unicode-bidi', 'visibility', 'word-spacing', 'writing-mode',
]);

/**
 * The declarations of Plot's default `<style>` that the page's stylesheet carries instead
 * (ChartFigure.astro: display, height, max-width on the svg; white-space on text and tspan).
 * `--plot-background` is only read through var(), which the check below forbids; `height: intrinsic` is obsolete.
 */
export const plotStylesheetRules = new Set(['--plot-background', 'display', 'height', 'max-width', 'white-space']);

const declarations = (css: string) =>
  css.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const colon = d.indexOf(':');
    return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim()] as const;
  });

function inlineStyleToAttributes(tag: string, name: string): { tag: string; background?: string } {
  const style = tag.match(/\sstyle="([^"]*)"/)![1];
  let out = tag.replace(/\sstyle="[^"]*"/, '');
  let background: string | undefined;
  for (const [property, value] of declarations(style)) {
    if (property === 'background' || property === 'background-color') { background = value; continue; }
    if (!presentation.has(property)) throw new Error(`chart ${name}: inline style "${property}: ${value}" has no SVG presentation attribute; give it a class and a rule in ChartFigure.astro`);
    // An inline style wins over a presentation attribute of the same name: replace the attribute.
    const existing = new RegExp(`\\s${property}="[^"]*"`);
    out = existing.test(out) ? out.replace(existing, ` ${property}="${value}"`) : out.replace(/(\/?>)$/, ` ${property}="${value}"$1`);
  }
  return { tag: out, background };
}

export function postprocessSvg(svg: string, name: string): string {
  let out = svg.replace(/<g\b((?:[^>"]|"[^"]*")*)>/g, (tag, attrs: string) => (/\saria-label=/.test(attrs) && !/\srole=/.test(attrs) ? `<g role="group"${attrs}>` : tag));
  out = out.replace(/\sfont-variant="[^"]*"/g, '');
  out = out.replace(/^<svg\b((?:[^>"]|"[^"]*")*?)\saria-description="([^"]*)"((?:[^>"]|"[^"]*")*)>/, (_, before: string, text: string, after: string) => `<svg${before}${after}><desc>${text}</desc>`);
  out = out.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (_, css: string) => {
    for (const [property, value] of declarations(css.replace(/[^{}]*\{|\}/g, ';'))) {
      if (!plotStylesheetRules.has(property)) throw new Error(`chart ${name}: Plot's stylesheet declares "${property}: ${value}", which ChartFigure.astro does not carry`);
    }
    return '';
  });
  if (/var\(--plot-/.test(out)) throw new Error(`chart ${name}: a mark reads a Plot CSS variable, which the page does not define`);
  out = out.replace(/<[a-zA-Z][\w:-]*\b(?:[^>"]|"[^"]*")*\sstyle="[^"]*"(?:[^>"]|"[^"]*")*>/g, (tag) => {
    const { tag: clean, background } = inlineStyleToAttributes(tag, name);
    if (!background) return clean;
    if (!clean.startsWith('<svg')) throw new Error(`chart ${name}: a background on <${clean.slice(1).split(/[\s>]/)[0]}> is not supported`);
    return `${clean}<rect width="100%" height="100%" fill="${background}"/>`;
  });
  // Keep <desc> the first child of <svg>, before the background rect.
  out = out.replace(/^(<svg\b(?:[^>"]|"[^"]*")*>)(<rect width="100%" height="100%" fill="[^"]*"\/>)(<desc>[\s\S]*?<\/desc>)/, '$1$3$2');
  const ids = [...new Set([...out.matchAll(/\b(plot-[0-9a-f]{6,}(?:-\d+)?)\b/g)].map((m) => m[1]))];
  ids.forEach((id, i) => {
    out = out.split(id).join(`chart-${name}-${i + 1}`);
  });
  return out;
}
