import type { Bound, Span } from '../../model/doc.js';

/**
 * A number mention inside one sentence before enrichment: the numeric part of a `Quantity`.
 * `start`/`end` are document offsets.
 */
export interface Figure extends Span {
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
  readonly bound: Bound;
  readonly approximate: boolean;
  readonly cue?: Span;
  readonly vague?: string;
  readonly unit?: string;
  /** True when the written number carries a scale word ("3 million"), used by ranges. */
  readonly scaled?: boolean;
  readonly rule: string;
}

/** An exact figure: lower = upper = value. */
export function exactFigure(span: Span, value: number, rule: string, unit?: string): Figure {
  return {
    start: span.start, end: span.end, value, lower: value, upper: value,
    lowerInclusive: true, upperInclusive: true, bound: 'exact', approximate: false,
    ...(unit ? { unit } : {}), rule,
  };
}
