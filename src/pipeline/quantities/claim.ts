/** The claim that carries a figure: the one with the smallest content span containing it. */
import type { Claim, Span } from '../../model/doc.js';

export function claimOf(claims: readonly Claim[], span: Span): Claim | undefined {
  let best: Claim | undefined;
  let bestSize = Infinity;
  for (const claim of claims) {
    for (const c of claim.content) {
      if (c.start <= span.start && span.end <= c.end && c.end - c.start < bestSize) {
        best = claim;
        bestSize = c.end - c.start;
      }
    }
  }
  return best;
}
