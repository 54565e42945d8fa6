/**
 * Slot tokens in a formatted citation (a page template's title and URL, src/lib/citation/page-record.ts),
 * replaced by their text in order. Pure, so the browser's section citations (./section.ts) fill
 * the same way the build does.
 */
export function fillSlots(text: string, slots: readonly (readonly [token: string, value: string])[]): string {
  return slots.reduce((out, [token, value]) => out.split(token).join(value), text);
}
