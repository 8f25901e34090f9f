import { pointFigure } from './point-interval.js';
import { isEarlierFigure, pointDate } from './point-order.js';
import { sourceName } from './flag-disagreements.js';
import type { FigurePoint, RevisionFlag } from './types.js';

/**
 * Flags a source changing its own figure: each source's points in trail order, and every step
 * where its figure moves. Repeats of the same figure (other outlets quoting it) are no revision,
 * and neither is a bound made exact ("at least 40" then "40 bodies"): the number stayed.
 */
export function flagRevisions(points: readonly FigurePoint[]): RevisionFlag[] {
  const bySource = new Map<string, FigurePoint[]>();
  for (const p of points) bySource.set(p.sourceKey, [...(bySource.get(p.sourceKey) ?? []), p]);
  const flags: RevisionFlag[] = [];
  for (const own of bySource.values()) {
    const bounded = own.filter((p) => pointFigure(p) !== null);
    for (let i = 1; i < bounded.length; i++) {
      const before = bounded[i - 1]!;
      const after = bounded[i]!;
      const from = pointFigure(before)!;
      const to = pointFigure(after)!;
      // two figures of one article for one day are two things it counts ("seven killed", "one victim reported dead was alive"),
      // unless it gives one as the earlier; a live blog's entries under two days' headings are two counts
      if (from === to || (before.articleId === after.articleId && !isEarlierFigure(before) && pointDate(before) === pointDate(after))) continue;
      const raised = to > from;
      flags.push({
        kind: 'revision',
        points: [before.id, after.id],
        source: sourceName(after),
        direction: raised ? 'raised' : 'lowered',
        reason: `${sourceName(after)} ${raised ? 'raised' : 'lowered'} the figure from "${before.surface}" (${dateLabel(before)}) to "${after.surface}" (${dateLabel(after)})`,
      });
    }
  }
  // in trail order of the figure each step reaches
  const order = new Map(points.map((p, i) => [p.id, i]));
  return flags.sort((a, b) => order.get(a.points[1])! - order.get(b.points[1])!);
}

/** A point's date as a revision names it: an undated earlier figure is "earlier", as its report gives it. */
function dateLabel(p: FigurePoint): string {
  if (isEarlierFigure(p) && !p.refersTo) return `earlier, as reported ${p.published ?? 'undated'}`;
  return pointDate(p) ?? 'undated';
}
