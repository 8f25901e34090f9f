/**
 * Scoring figures against gold: a predicted figure matches a gold one when their spans overlap
 * (one-to-one, first come). Then each aspect is counted on its own: value, bounds (bound,
 * approximation, interval), categories, and subject/place/time spans (correct when they overlap).
 */
import type { Quantity, Span } from '../../src/model/doc.js';
import type { GoldFigure } from './gold.js';

export interface Counts { tp: number; fp: number; fn: number }
export const ASPECTS = ['value', 'bounds', 'category', 'subject', 'place', 'time'] as const;
export type Aspect = (typeof ASPECTS)[number];

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a)));
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The stated number(s) agree: the point value, or the interval of a range; any vague word for a vague one. */
export function valueAgrees(g: GoldFigure, p: Quantity): boolean {
  if (g.bound === 'vague') return p.bound === 'vague';
  if (g.bound === 'range') return p.bound === 'range' && close(g.lower, p.lower) && close(g.upper, p.upper);
  return close(g.value, p.value);
}

/** Bound, approximation and interval agree (vague intervals are conventions: the word is enough). */
export function boundsAgree(g: GoldFigure, p: Quantity): boolean {
  if (g.bound !== p.bound || g.approximate !== p.approximate) return false;
  if (g.bound === 'vague') return true;
  return close(g.lower, p.lower) && close(g.upper, p.upper) && g.lowerInclusive === p.lowerInclusive && g.upperInclusive === p.upperInclusive;
}

function countOptional(c: Counts, gold: unknown, predicted: unknown, agree: boolean): void {
  if (gold && predicted && agree) c.tp++;
  else {
    if (predicted) c.fp++;
    if (gold) c.fn++;
  }
}

/** Adds one article's counts; returns the pairs for the error dump. */
export function scoreArticle(gold: readonly GoldFigure[], predicted: readonly Quantity[], counts: Record<Aspect, Counts>): { pairs: [GoldFigure | null, Quantity | null][] } {
  const used = new Set<Quantity>();
  const pairs: [GoldFigure | null, Quantity | null][] = [];
  for (const g of gold) {
    const p = predicted.find((q) => !used.has(q) && overlap(q, g)) ?? null;
    if (p) used.add(p);
    pairs.push([g, p]);
  }
  for (const p of predicted) if (!used.has(p)) pairs.push([null, p]);
  for (const [g, p] of pairs) {
    for (const aspect of ['value', 'bounds'] as const) {
      const agree = g && p ? (aspect === 'value' ? valueAgrees(g, p) : boundsAgree(g, p)) : false;
      countOptional(counts[aspect], g, p, agree);
    }
    const gc = g?.categories.length ? g.categories.join() : '';
    const pc = p?.categories.length ? p.categories.join() : '';
    countOptional(counts.category, gc, pc, gc === pc);
    for (const aspect of ['subject', 'place', 'time'] as const) {
      const gs = g?.[aspect];
      const ps = p?.[aspect];
      countOptional(counts[aspect], gs, ps, Boolean(gs && ps && overlap(gs, ps)));
    }
  }
  return { pairs };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
