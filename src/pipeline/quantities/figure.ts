import type { Quantity, Span } from '../../model/doc.js';

/**
 * A number mention inside one sentence before enrichment: the numeric part of a `Quantity`.
 * `start`/`end` are document offsets.
 */
export type Figure = Pick<Quantity, 'start' | 'end' | 'value' | 'lower' | 'upper' | 'lowerInclusive' | 'upperInclusive' | 'bound' | 'approximate' | 'cue' | 'vague' | 'unit' | 'rule'> & {
  /** True when the written number carries a scale word ("3 million"), used by ranges. */
  readonly scaled?: boolean;
};

/** An exact figure: lower = upper = value. */
export function exactFigure(span: Span, value: number, rule: string, unit?: string): Figure {
  return {
    start: span.start, end: span.end, value, lower: value, upper: value,
    lowerInclusive: true, upperInclusive: true, bound: 'exact', approximate: false,
    ...(unit ? { unit } : {}), rule,
  };
}
