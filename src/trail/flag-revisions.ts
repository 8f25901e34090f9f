import { pointInterval, sameInterval } from './point-interval.js';
import { pointDate } from './point-order.js';
import { sourceName } from './flag-disagreements.js';
import type { FigurePoint, RevisionFlag } from './types.js';

/**
 * Flags a source changing its own figure: each source's points in trail order, and every step
 * where the interval moves. Repeats of the same figure (other outlets quoting it) are no revision.
 */
export function flagRevisions(points: readonly FigurePoint[]): RevisionFlag[] {
  const bySource = new Map<string, FigurePoint[]>();
  for (const p of points) bySource.set(p.sourceKey, [...(bySource.get(p.sourceKey) ?? []), p]);
  const flags: RevisionFlag[] = [];
  for (const own of bySource.values()) {
    const bounded = own.filter((p) => pointInterval(p) !== null);
    for (let i = 1; i < bounded.length; i++) {
      const before = bounded[i - 1]!;
      const after = bounded[i]!;
      const ib = pointInterval(before)!;
      const ia = pointInterval(after)!;
      if (sameInterval(ib, ia)) continue;
      const raised = ia.low > ib.low || (ia.low === ib.low && ia.high > ib.high);
      flags.push({
        kind: 'revision',
        points: [before.id, after.id],
        source: sourceName(after),
        direction: raised ? 'raised' : 'lowered',
        reason: `${sourceName(after)} ${raised ? 'raised' : 'lowered'} its figure from "${before.surface}" (${pointDate(before) ?? 'undated'}) to "${after.surface}" (${pointDate(after) ?? 'undated'})`,
      });
    }
  }
  return flags.sort((a, b) => a.points[1] - b.points[1]);
}
