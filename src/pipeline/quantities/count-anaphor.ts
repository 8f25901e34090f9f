/**
 * A figure given as "the number", "the figure" or "its estimate" names no count of its own: it
 * gives another value of the count just before it ("Organisers said 250,000 people took part.
 * Police put the number at 42,000."; "45,000 had marched, more than the police figure of 42,000").
 */
import type { Quantity, Span } from '../../model/doc.js';
import { BOUND, COUNT_NOUN } from './earlier.js';

/**
 * "put the number at", "the police figure of", "its estimate was", "the count stood at", right
 * before the number; or a comparison with "the" number ("70 deaths, far more than the 44 reported by the WHO").
 */
const AS_THE_COUNT = new RegExp(String.raw`(?:\b${COUNT_NOUN}\s+(?:at|of|to|was|is|as|stood\s+at|stands\s+at)\s+${BOUND}|\b(?:more|fewer|less|higher|lower|greater)\s+than\s+the\s+)$`, 'iu');

/**
 * The figure `figure` gives another value of: the last figure before it that counts something,
 * from `from` on (its sentence, or the one before unless that is a heading); undefined when its
 * words do not name it as the count, or no such figure is there.
 */
export function countReferredTo(text: string, figure: Span, earlier: readonly Quantity[], from: number): Quantity | undefined {
  if (!AS_THE_COUNT.test(text.slice(Math.max(from, figure.start - 60), figure.start))) return undefined;
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.start >= from; k--) {
    const q = earlier[k]!;
    if (q.categories.length > 0 && q.change === 'level' && !q.status.includes('part')) return q;
  }
  return undefined;
}
