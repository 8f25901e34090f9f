import { intervalsOverlap, pointInterval } from './point-interval.js';
import { daysBetween, isEarlierFigure, pointDate } from './point-order.js';
import { isCurrentCount, isRunningTotal } from './series-keys.js';
import type { DisagreementFlag, FigurePoint, Interval } from './types.js';

/** Figures this many days apart or closer speak of "the same period" (a weekly news cycle). */
export const SAME_PERIOD_DAYS = 7;

/**
 * Flags pairs of different sources whose intervals for the same period do not overlap
 * ("more than 3,000" against "about 1,100" the same week). Where a running total (a death toll)
 * is higher on a later day, it may have grown: no flag when the later report, or another report by
 * then of as high a figure, says so ("the toll rose to 44"), else the reason says it may have. A
 * count of the day (the missing, the detained) may fall as well as rise: only figures of the same
 * day can disagree. Points must be in trail order.
 */
export function flagDisagreements(points: readonly FigurePoint[]): DisagreementFlag[] {
  const flags: DisagreementFlag[] = [];
  const seen = new Set<string>();
  const growing = isRunningTotal(points[0]?.categories ?? []);
  // "40 missing" on Monday and "nine still missing" on Tuesday: people were found, nobody is contradicted
  const daily = isCurrentCount(points[0]?.categories ?? []);
  // each point's day and interval, read once: the pairs below read them n² times
  const dated: Dated[] = points.map((p) => ({ p, date: pointDate(p), interval: growing ? asFloor(p, pointInterval(p)) : pointInterval(p) }));
  // reports that the count grew, with their day and figure: a higher figure another source gives by then is that growth
  const grownBy = growing ? reportsSaying(dated, GROWTH) : [];
  // reports that a count was revised down ("revised the toll down to 7"): a lower later figure by then is that correction
  const revisedTo = reportsSaying(dated, REVISED_DOWN);
  // "had earlier put the toll at 27": a figure the report itself gives as past, with no day of its own, contradicts no one that day
  const undatedEarlier = (p: FigurePoint): boolean => isEarlierFigure(p) && p.refersTo === null;
  const outgrown = growing ? outgrownBy(dated) : [];
  dated.forEach(({ p: a, date: da, interval: ia }, i) => {
    if (!ia || !da || undatedEarlier(a)) return;
    for (let j = i + 1; j < dated.length; j++) {
      const { p: b, date: db, interval: ib } = dated[j]!;
      if (!ib || !db || a.sourceKey === b.sourceKey || undatedEarlier(b)) continue;
      if (daysBetween(da, db) > SAME_PERIOD_DAYS || (daily && da !== db) || intervalsOverlap(ia, ib)) continue;
      const higherLater = growing && db > da && ib.low >= ia.high;
      // "8 killed" on Saturday, "revised down to 7" on Sunday: a correction, which the revision flags show, not a dispute
      if (db > da && ib.high <= ia.low && saidBetween(revisedTo, da, db, ib)) continue;
      // 15 dead on Monday, 21 by another count on Tuesday: Monday's figure is history by Tuesday, so a third source's 40 disputes the 21, not the 15
      if (growing && outgrown[i]!.some((g) => g.id !== b.id && g.date <= db)) continue;
      // "the toll has risen to 44", "the final toll stands at 44": the later source, or another by then, says the count grew that far
      if (higherLater && (GROWTH.test(b.sentence) || saidBetween(grownBy, da, db, ib))) continue;
      // 57 dead in the morning's report, "the toll rose to 103" by the evening's: on one day, the higher report saying so is growth too
      if (growing && da === db && GROWTH.test((ib.low >= ia.high ? b : a).sentence)) continue;
      // One flag per pair of sources and period: repeats of the same figures add nothing.
      const pairKey = `${[a.sourceKey, b.sourceKey].sort().join('|')}|${da.slice(0, 7)}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      flags.push({
        kind: 'disagreement',
        points: [a.id, b.id],
        sources: [sourceName(a), sourceName(b)],
        reason: `${sourceName(a)} ${says(a)} "${a.surface}" (${da}) while ${sourceName(b)} ${says(b)} "${b.surface}" (${db}): the figures cannot both hold${higherLater ? ', unless the count grew between these dates' : ''}`,
      });
    }
  });
  return flags;
}

/**
 * A running total's confirmed count ("14 confirmed dead", "recovered the bodies of 9 people": see
 * quantities/status.ts) is a floor of the count, not the count: "41 feared dead" does not
 * contradict it, "7 dead" does. Such a figure's interval is open above.
 */
function asFloor(p: FigurePoint, interval: Interval | null): Interval | null {
  return interval && p.status.includes('confirmed') ? { ...interval, high: Infinity, highInclusive: false } : interval;
}

/**
 * For each point of a running total, the first two later points whose figure is wholly above it:
 * of the same source from the same day on (a toll climbs through the day), of any source from the
 * next day on. Two, so that a pair can ask for one other than its own second point. Points are in
 * trail order, so the search runs forward from the point's day and stops at the second found.
 */
function outgrownBy(dated: readonly Dated[]): { id: number; date: string }[][] {
  const dayStart: number[] = [];
  dated.forEach((d, i) => dayStart.push(i > 0 && dated[i - 1]!.date === d.date ? dayStart[i - 1]! : i));
  return dated.map(({ p, date, interval }, i) => {
    const above: { id: number; date: string }[] = [];
    if (!date || !interval) return above;
    for (let j = dayStart[i]!; j < dated.length && above.length < 2; j++) {
      const g = dated[j]!;
      if (!g.date || !g.interval || g.p === p || g.interval.low <= interval.high) continue;
      if (g.p.sourceKey !== p.sourceKey && g.date <= date) continue;
      above.push({ id: g.p.id, date: g.date });
    }
    return above;
  });
}

/** A point with its day and interval (null where it has none). */
interface Dated { readonly p: FigurePoint; readonly date: string | null; readonly interval: Interval | null }

/** The day and interval of each point whose sentence says `words`. */
function reportsSaying(dated: readonly Dated[], words: RegExp): { date: string; interval: Interval }[] {
  return dated.flatMap(({ p, date, interval }) => (interval && date && words.test(p.sentence) ? [{ date, interval }] : []));
}

/** Whether one of those reports, after day `from` and by day `to`, gives a figure overlapping `interval`. */
const saidBetween = (reports: readonly { date: string; interval: Interval }[], from: string, to: string, interval: Interval): boolean =>
  reports.some((g) => from < g.date && g.date <= to && intervalsOverlap(g.interval, interval));

/** Words by which a report says a count was lowered or corrected. */
const REVISED_DOWN = /\b(?:revised|revises|revising|corrected|corrects|lowered|lowers|downgraded|downgrades)\b[^.;]{0,80}?\b(?:down|to|from)\b|\brevised\s+down\b/iu;

/** Words by which a report says a running total has grown ("rose to", "has reached", "now", "the final toll"). */
const GROWTH = /\b(?:rose|risen|rises|rising|climbed|climbs|climbing|reached|reaches|jumped|jumps|grew|grown|increased|increases|mounted|mounts|now|stands at|stood at|final toll|updated|new toll|latest toll|(?:final|new|latest|updated) death toll|bringing|brings|brought|more bodies)\b/iu;

/** "officials say", "the ministry says": a phrase whose last word is a plural noun takes the plural verb; a name never does ("Reuters says"). */
function says(p: FigurePoint): string {
  const last = p.source?.split(/\s+/u).at(-1) ?? '';
  return !p.sourceKey.startsWith('entity:') && /^\p{L}+[^su]s$/u.test(last) && last.length > 3 ? 'say' : 'says';
}

/** Who a point's figure is on the word of: its source, else its outlet, else its own article. */
export function sourceName(p: FigurePoint): string {
  return p.source ?? p.outlet ?? `unattributed (article ${p.articleId})`;
}
