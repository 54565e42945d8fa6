/** The one HTML (and SVG/XML) escaper: text and attribute values, in build code and browser code alike. */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => entities[c]);
}
