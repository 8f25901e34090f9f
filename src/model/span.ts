import type { Span } from './doc.js';

/** The surface a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart<T extends Span>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}

const EDGE = /[\s\p{P}\p{S}]/u;
const QUOTES = /["“”'‘’«»]/u;

/** Shrinks a span past surrounding whitespace; with `punctuation`, also past punctuation other than quote marks. */
export function trimSpan(text: string, span: Span, punctuation = false): Span {
  let { start, end } = span;
  const strip = (ch: string) => (punctuation ? EDGE.test(ch) && !QUOTES.test(ch) : /\s/u.test(ch));
  while (start < end && strip(text[start]!)) start++;
  while (end > start && strip(text[end - 1]!)) end--;
  return { start, end };
}

/** The first index in [0, length) where `before` turns false, for a predicate true on a prefix (binary search). */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span in a list sorted by start and end that ends after `offset`. */
export function firstEndingAfter(sorted: readonly Span[], offset: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]!.end <= offset);
}

/** The span of a list sorted by start and end that holds the character at `offset`, if any (binary search). */
export function spanAround<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const found = sorted[firstEndingAfter(sorted, offset)];
  return found && found.start <= offset ? found : undefined;
}

/** The spans in a start-sorted list that overlap `span`, from the first one found by binary search. */
export function findOverlapping<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const lo = firstEndingAfter(sorted, span.start);
  const found: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) {
    if (overlaps(sorted[i]!, span)) found.push(sorted[i]!);
  }
  return found;
}

/**
 * The last `reach` spans of a start-sorted list that start at or before `offset`: the candidates
 * for containing it when spans are local (claim contents), bounded so hostile input stays linear.
 */
export function startingUpTo<T extends Span>(sorted: readonly T[], offset: number, reach: number): readonly T[] {
  const to = firstStartingAt(sorted, offset + 1);
  return sorted.slice(Math.max(0, to - reach), to);
}

/** Index of the first span in a start-sorted list that starts at or after `offset` (binary search). */
export function firstStartingAt(sorted: readonly Span[], offset: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]!.start < offset);
}
