import type { FigurePoint, Interval } from './types.js';

/**
 * "about 1,100" covers 1,100 ± this share. Ten percent is the rounding a reporter applies when
 * writing "about"; a wider band would hide real disagreements between governments.
 */
export const APPROX_TOLERANCE = 0.1;

type Bounded = Pick<FigurePoint, 'value' | 'lower' | 'upper' | 'lowerInclusive' | 'upperInclusive' | 'bound' | 'approximate'>;

/**
 * The interval a figure asserts, or null for a vague one ("dozens") or one without numbers.
 * @example pointInterval({ bound: 'more_than', lower: 3000, upper: null, ... }) // (3000, Infinity)
 */
export function pointInterval(p: Bounded): Interval | null {
  if (p.bound === 'vague') return null;
  if (p.lower !== null || p.upper !== null) {
    const low = p.lower ?? 0;
    const high = p.upper ?? Infinity;
    return {
      low,
      high,
      lowInclusive: p.lower === null ? true : p.lowerInclusive,
      highInclusive: p.upper === null ? false : p.upperInclusive,
    };
  }
  if (p.value === null) return null;
  if (p.approximate || p.bound === 'approx') {
    return { low: p.value * (1 - APPROX_TOLERANCE), high: p.value * (1 + APPROX_TOLERANCE), lowInclusive: true, highInclusive: true };
  }
  return { low: p.value, high: p.value, lowInclusive: true, highInclusive: true };
}

/**
 * The one number a figure states: a range's middle ("1,000–1,200": 1,100), else its value, else
 * the bound it names ("more than 3,000": 3,000); null for a vague or number-less one. What a
 * revision compares, so "at least 40" then "40" is no revision, but "1,000–1,200" then "1,000–1,500" is.
 */
export function pointFigure(p: Bounded): number | null {
  if (p.bound === 'vague') return null;
  if (p.lower !== null && p.upper !== null && p.lower !== p.upper) return (p.lower + p.upper) / 2;
  return p.value ?? p.lower ?? p.upper ?? null;
}

/** True when some number lies in both intervals. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const [first, second] = a.low <= b.low ? [a, b] : [b, a];
  if (second.low < first.high) return true;
  return second.low === first.high && second.lowInclusive && first.highInclusive;
}

/** A figure as the trail prints it: counts whole and grouped ("3,000"), small figures with their decimals ("52.3"). */
export const formatFigure = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: Math.abs(x) >= 100 ? 0 : 2 });

/** "more than 3,000", "about 1,100", "1,000–1,200": for reasons and labels. */
export function describeInterval(i: Interval): string {
  const n = formatFigure;
  if (i.high === Infinity) return `${i.lowInclusive ? 'at least' : 'more than'} ${n(i.low)}`;
  if (i.low === 0 && i.high !== 0) return `${i.highInclusive ? 'at most' : 'less than'} ${n(i.high)}`;
  if (i.low === i.high) return n(i.low);
  return `${n(i.low)}–${n(i.high)}`;
}
