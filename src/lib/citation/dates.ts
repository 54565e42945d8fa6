/**
 * Write a date the way a pattern from citation.ts `accessedPatterns` says: "{d} Nov. {y}" -> "30 Nov. 2026".
 * Pure, so the browser can use it; `accessedPatterns` always gives one pattern per month (its unit test checks).
 */
export function fillAccessed(patterns: string[], date: Date): string {
  return patterns[date.getMonth()].replace('{d}', String(date.getDate())).replace('{y}', String(date.getFullYear()));
}
