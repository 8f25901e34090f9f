/**
 * Ratios written as "four in 10", "one in five", "3 out of 4": one figure, the share as a value
 * (0.4), so "nearly four in 10 voters" compares with "39 percent".
 */
import type { Figure } from './figure.js';

const JOIN = /^\s+(?:in|out\s+of)\s+$/iu;

/** Merges "X in Y" pairs among the figures of one sentence (sorted by start). */
export function mergeRatios(text: string, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    if (b && a.value !== null && b.value !== null && !a.unit && !b.unit && JOIN.test(text.slice(a.end, b.start))
      && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value < b.value && b.value <= 1000) {
      const value = a.value / b.value;
      out.push({ start: a.start, end: b.end, value, lower: value, upper: value, lowerInclusive: true, upperInclusive: true, bound: 'exact', approximate: false, unit: 'ratio', rule: 'quantities/ratio' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
