/** Write a date the way a pattern from citation.ts `accessedPatterns` says: "{d} Nov. {y}" -> "30 Nov. 2026". Pure, so the browser can use it. */
export function fillAccessed(patterns: string[], date: Date): string {
  if (patterns.length !== 12) throw new Error(`citation: expected 12 month patterns, got ${patterns.length}`);
  return patterns[date.getMonth()].replace('{d}', String(date.getDate())).replace('{y}', String(date.getFullYear()));
}
