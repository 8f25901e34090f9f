/** Figure points for trail tests: the fields a test cares about, the rest neutral. */
import { categoryKey, placeKey, subjectKey } from '../../src/trail/series-keys.js';
import type { FigurePoint } from '../../src/trail/types.js';

let nextId = 1;
/** A figure point with the fields a test cares about; the rest are neutral. */
export function point(p: Partial<FigurePoint> & { source: string; date: string; categories?: string[] }): FigurePoint {
  const categories = p.categories ?? ['killed', 'wounded'];
  const subject = p.subject === undefined ? 'North Korean soldiers' : p.subject;
  const place = p.place === undefined ? 'Kursk' : p.place;
  const id = nextId++;
  return {
    // each point from an article of its own unless the test says otherwise
    id, articleId: id, docId: 'q1', claimId: null, outlet: 'Outlet', title: null,
    published: p.date, refersTo: null, via: null, surface: p.surface ?? 'n', sentence: '', value: null, lower: null, upper: null,
    lowerInclusive: true, upperInclusive: true, bound: 'exact', approximate: false, change: 'level',
    subject, place, status: [], sourceKey: p.source.toLowerCase(),
    ...p,
    categories, categoryKey: categoryKey(categories), subjectKey: subjectKey(subject), placeKey: placeKey(place),
  };
}
export const moreThan = (n: number) => ({ lower: n, upper: null, value: n, bound: 'more_than', lowerInclusive: false });
export const about = (n: number) => ({ value: n, bound: 'approx', approximate: true });
export const exactly = (n: number) => ({ value: n, lower: n, upper: n, bound: 'exact' });
