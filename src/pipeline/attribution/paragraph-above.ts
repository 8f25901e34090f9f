import type { Span } from '../../model/doc.js';

/**
 * The lines above offset `at` (a line start) up to the paragraph break before them, trimmed: a
 * box of figures above its "Source:" line, a post above its signature. Null when there are none,
 * or when no break comes within `reach` characters (searched there only, so a text without breaks
 * is never scanned back to its start for every line).
 */
export function paragraphAbove(text: string, at: number, reach: number): Span | null {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  const from = Math.max(0, end - reach);
  const found = text.slice(from, end).lastIndexOf('\n\n');
  if (found < 0 && from > 0) return null;
  let start = found < 0 ? from : from + found + 2;
  while (start < end && /\s/u.test(text[start]!)) start++;
  return end > start ? { start, end } : null;
}
