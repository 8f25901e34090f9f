import type { FigurePoint } from './types.js';

/** The date a point is placed at on the trail: the date it refers to, else its publication date. */
export function pointDate(p: Pick<FigurePoint, 'refersTo' | 'published'>): string | null {
  return p.refersTo ?? p.published;
}

/** Days between two 'YYYY-MM-DD' (or partial 'YYYY-MM') dates, taking partial dates at their start. */
export function daysBetween(a: string, b: string): number {
  const ms = (d: string): number => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10)}T00:00:00Z`);
  return Math.abs(ms(a) - ms(b)) / 86_400_000;
}

/** Whether a point gives the figure a count had before its report ("up from 21", "had earlier put the toll at 27"). */
export const isEarlierFigure = (p: Pick<FigurePoint, 'status'>): boolean => p.status.includes('earlier');

/** Orders by the date referred to, then a figure the text gives as an earlier one first, then publication date, then store id (stable across runs). */
export function comparePoints(a: FigurePoint, b: FigurePoint): number {
  const byDate = (pointDate(a) ?? '9999').localeCompare(pointDate(b) ?? '9999');
  if (byDate !== 0) return byDate;
  if (isEarlierFigure(a) !== isEarlierFigure(b)) return isEarlierFigure(a) ? -1 : 1;
  const byPublished = (a.published ?? '9999').localeCompare(b.published ?? '9999');
  return byPublished !== 0 ? byPublished : a.id - b.id;
}

/**
 * Points in trail order (`comparePoints`), with a figure its report gives as earlier and dates no
 * day of ("down from a peak of 1.4 million") moved before that report's own figures when those
 * refer to an earlier day than its publication ("900,000 on Monday evening" in Tuesday's paper).
 */
export function withEarlierFiguresFirst(sorted: readonly FigurePoint[]): FigurePoint[] {
  // where each article's first own figure stands, then which earlier figures go before it: one pass each, for long series
  const firstOwn = new Map<number, number>();
  sorted.forEach((p, i) => {
    if (!isEarlierFigure(p) && !firstOwn.has(p.articleId)) firstOwn.set(p.articleId, i);
  });
  const movedBefore = new Map<number, FigurePoint[]>();
  const moved = new Set<FigurePoint>();
  sorted.forEach((p, i) => {
    const target = firstOwn.get(p.articleId);
    if (!isEarlierFigure(p) || p.refersTo || target === undefined || target > i) return;
    const before = movedBefore.get(target);
    if (before) before.push(p);
    else movedBefore.set(target, [p]);
    moved.add(p);
  });
  if (moved.size === 0) return [...sorted];
  return sorted.flatMap((p, i) => [...(movedBefore.get(i) ?? []), ...(moved.has(p) ? [] : [p])]);
}
