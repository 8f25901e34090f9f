import type { FigurePoint } from './types.js';
import { comparePoints } from './point-order.js';

export interface PointGroup {
  readonly id: string;
  readonly categoryKey: string;
  readonly subjectKey: string;
  readonly placeKey: string;
  readonly points: readonly FigurePoint[];
}

/** The series id: readable, URL-safe once encoded, stable across runs. */
export function seriesId(categoryKey: string, subjectKey: string, placeKey: string): string {
  const part = (s: string, empty: string): string => (s || empty).replace(/\s+/gu, '-');
  return `${part(categoryKey, 'any')}~${part(subjectKey, 'anyone')}~${part(placeKey, 'anywhere')}`;
}

/**
 * Groups level figures by what is counted and who, then by place. A figure that names no place
 * joins its measure's only placed group (articles often drop "in Kursk" once it is known); with
 * several places it stays apart rather than guess.
 */
export function groupSeries(points: readonly FigurePoint[]): PointGroup[] {
  const byMeasure = new Map<string, FigurePoint[]>();
  for (const p of points) {
    // A change ("rose by 40") or a figure with no category measures nothing we can line up.
    if (p.change !== 'level' || !p.categoryKey) continue;
    const key = `${p.categoryKey}\u0000${p.subjectKey}`;
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), p]);
  }
  const groups: PointGroup[] = [];
  for (const measure of byMeasure.values()) {
    const byPlace = new Map<string, FigurePoint[]>();
    for (const p of measure) byPlace.set(p.placeKey, [...(byPlace.get(p.placeKey) ?? []), p]);
    const unplaced = byPlace.get('') ?? [];
    const placed = [...byPlace.keys()].filter((k) => k !== '');
    if (placed.length === 1 && unplaced.length > 0) {
      byPlace.set(placed[0]!, [...byPlace.get(placed[0]!)!, ...unplaced]);
      byPlace.delete('');
    }
    for (const [placeKey, members] of byPlace) {
      const { categoryKey, subjectKey } = members[0]!;
      groups.push({
        id: seriesId(categoryKey, subjectKey, placeKey),
        categoryKey,
        subjectKey,
        placeKey,
        points: [...members].sort(comparePoints),
      });
    }
  }
  return groups.sort((a, b) => b.points.length - a.points.length || a.id.localeCompare(b.id));
}
