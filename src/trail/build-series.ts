import { flagDisagreements } from './flag-disagreements.js';
import { flagRevisions } from './flag-revisions.js';
import { groupSeries, type PointGroup } from './group-series.js';
import { shareSourceKeys } from './share-source-keys.js';
import { summarizeSeries } from './summarize-series.js';
import type { FigurePoint, FigureSeries } from './types.js';

/**
 * Builds the figure trail: points grouped into series, each with its disagreement and
 * revision flags and a low–high summary.
 * @example buildSeries(points).map((s) => [s.id, s.points.length, s.flags.length])
 */
export function buildSeries(points: readonly FigurePoint[]): FigureSeries[] {
  return groupSeries(points).map((group) => {
    const speakers = shareSourceKeys(group.points);
    return {
      id: group.id,
      label: seriesLabel(group),
      categories: group.categoryKey.split('+'),
      subjectKey: group.subjectKey,
      placeKey: group.placeKey,
      points: speakers,
      flags: [...flagDisagreements(speakers), ...flagRevisions(speakers)],
      summary: summarizeSeries(speakers),
    };
  });
}

/** "killed and wounded · North Korean soldiers · Kursk": the most frequent wording of each part. */
export function seriesLabel(group: PointGroup): string {
  const common = (values: (string | null)[]): string | null => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  };
  const parts = [
    group.categoryKey.split('+').join(' and '),
    common(group.points.map((p) => p.subject)),
    // the series' own place ("Turkey"), not one merged into it as lying there ("eastern Turkey", "Ostra in Halden")
    common(group.points.filter((p) => p.placeKey === group.placeKey).map((p) => p.place)) ?? common(group.points.map((p) => p.place)),
  ];
  return parts.filter(Boolean).join(' · ');
}
