/**
 * One pass over the SVG Plot emits, fixing what validators reject:
 * - `aria-label` on a `<g>` without a role is prohibited (axe aria-prohibited-attr): give it role="group";
 * - the `font-variant` presentation attribute is not valid SVG for the Nu validator: drop it;
 * - `aria-description` (ARIA 1.3 draft) is not in the validator's grammar: move it into an SVG `<desc>`;
 * - Plot's generated class and clip ids ("plot-d6a7b5") differ per process: make them deterministic per chart.
 */
export function postprocessSvg(svg: string, name: string): string {
  let out = svg.replace(/<g\b((?:[^>"]|"[^"]*")*)>/g, (tag, attrs: string) => (/\saria-label=/.test(attrs) && !/\srole=/.test(attrs) ? `<g role="group"${attrs}>` : tag));
  out = out.replace(/\sfont-variant="[^"]*"/g, '');
  out = out.replace(/^<svg\b((?:[^>"]|"[^"]*")*?)\saria-description="([^"]*)"((?:[^>"]|"[^"]*")*)>/, (_, before: string, text: string, after: string) => `<svg${before}${after}><desc>${text}</desc>`);
  const ids = [...new Set([...out.matchAll(/\b(plot-[0-9a-f]{6,}(?:-\d+)?)\b/g)].map((m) => m[1]))];
  ids.forEach((id, i) => {
    out = out.split(id).join(`chart-${name}-${i + 1}`);
  });
  return out;
}
