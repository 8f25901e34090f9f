/** Builds one case-insensitive alternation from lexicon forms: longest first, every metacharacter escaped ("-" is literal outside classes; escaping it breaks /u). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `wordAlternation(['at least', 'over'])` → `(?:at\s+least|over)`, to be wrapped by the caller.
 * Spaces in a form match any run of whitespace (news text wraps lines inside phrases).
 */
export function wordAlternation(forms: readonly string[]): string {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|')})`;
}
