import { pointInterval } from './point-interval.js';
import { daysBetween, isEarlierFigure, pointDate } from './point-order.js';
import { SAME_PERIOD_DAYS } from './flag-disagreements.js';
import { isCurrentCount, isRunningTotal } from './series-keys.js';
import type { FigurePoint, SeriesSummary } from './types.js';

/**
 * A low–high view of the latest period: each source's latest figure within a week of the newest
 * point, lowest low to highest high; for a running total (a death toll), which outgrows last
 * week's figures, or a count of the day (the missing), within the newest point's day. A view only: the points keep every source's own claim.
 */
export function summarizeSeries(points: readonly FigurePoint[]): SeriesSummary {
  const categories = points[0]?.categories ?? [];
  const days = isRunningTotal(categories) || isCurrentCount(categories) ? 0 : SAME_PERIOD_DAYS;
  // an undated earlier figure ("revising an earlier figure of 23") is dated by its report, whose own figure replaced it
  const ownFigures = new Set(points.filter((p) => !isEarlierFigure(p)).map((p) => p.articleId));
  const superseded = (p: FigurePoint): boolean => isEarlierFigure(p) && !p.refersTo && ownFigures.has(p.articleId);
  const dated = points.filter((p) => pointDate(p) !== null && pointInterval(p) !== null && !superseded(p));
  if (dated.length === 0) return { asOf: null, days, low: null, high: null, sources: 0 };
  const asOf = dated.map((p) => pointDate(p)!).sort().at(-1)!;
  const latestBySource = new Map<string, FigurePoint>();
  for (const p of dated) {
    if (daysBetween(pointDate(p)!, asOf) <= days) latestBySource.set(p.sourceKey, p);
  }
  const latest = [...latestBySource.values()];
  const intervals = latest.map((p) => pointInterval(p)!);
  const high = Math.max(...intervals.map((i) => i.high));
  // "as many as 11" sets no low: its interval reaches down to 0 only because it names no floor
  const floors = intervals.filter((_, k) => latest[k]!.lower !== null || latest[k]!.upper === null).map((i) => i.low);
  return {
    asOf,
    days,
    low: Math.min(...(floors.length > 0 ? floors : intervals.map((i) => i.low))),
    high: high === Infinity ? null : high,
    sources: latestBySource.size,
  };
}
