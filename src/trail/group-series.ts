import type { FigurePoint } from './types.js';
import { comparePoints, daysBetween, pointDate, withEarlierFiguresFirst } from './point-order.js';
import { partitionPoint } from '../model/span.js';
import { foldText } from './fold-text.js';
import { isRunningTotal, withoutCompass } from './series-keys.js';
import { escapeRegExp } from '../pipeline/quantities/word-pattern.js';
import { PART_GROUP_NOUNS, SUBJECT_ALIASES } from '../lexicons/trail-subjects.js';
import { nameKind } from '../nlp/name-lexicon.js';
import { COMPASS_WORD } from '../lexicons/places.js';
import { countryOfCapital } from './capitals.js';

const PART_WORDS: ReadonlySet<string> = new Set(PART_GROUP_NOUNS.map((p) => p.word));

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
 * Groups level figures by what is counted, then who, then where. A figure whose subject or place
 * is unstated or only generic ("3,000 soldiers", no place) joins its measure's only specific
 * group (articles drop "North Korean" or "in Kursk" once the story is known); with several
 * candidates it stays apart rather than guess.
 */
export function groupSeries(points: readonly FigurePoint[]): PointGroup[] {
  // A change ("rose by 40") or a figure with no category measures nothing we can line up, a part ("five of the wounded") is not
  // the count, and a figure a correction note takes back ("an earlier version of this article said 15") is nobody's count now.
  const measured = points.filter((p) => p.change === 'level' && p.categoryKey && !p.status.includes('part') && !p.status.includes('retracted'));
  const groups: PointGroup[] = [];
  for (const measure of bucket(measured, (p) => p.categoryKey).values()) {
    const homes = subjectHomes([...new Set(measure.map((p) => p.subjectKey))]);
    for (const [subjectKey, bySubject] of mergeUnspecified(bucket(measure, (p) => homes.get(p.subjectKey) ?? p.subjectKey))) {
      // a year's or a month's total ("1,000 died in the central Mediterranean so far this year") is no place for a story's unplaced toll
      for (const [placeKey, members] of mergeUnspecified(mergeContainedPlaces(bucket(bySubject, (p) => p.placeKey)), (points) => !points.every(isPeriodTotal))) {
        const categoryKey = members[0]!.categoryKey;
        const sorted = withEarlierFiguresFirst([...members].sort(comparePoints));
        // a count of no one in particular, nowhere in particular: only the time tells stories apart
        const runs = subjectKey === '' && placeKey === '' ? splitAtGaps(sorted) : [sorted];
        runs.forEach((run, k) => {
          const id = seriesId(categoryKey, subjectKey, placeKey) + (k > 0 ? `~from-${pointDate(run[0]!)}` : '');
          groups.push({ id, categoryKey, subjectKey, placeKey, points: run });
        });
      }
    }
  }
  return groups.sort((a, b) => b.points.length - a.points.length || a.id.localeCompare(b.id));
}

/** Beyond this many other subjects sharing a word, a subject's home is not looked for. */
const MAX_SUPERSETS = 200;

/**
 * Where each subject key of one measure is gathered: a key folds into the one other key holding all
 * its words and more ("officers" into "police officers": a later report drops the modifier), unless
 * a word it lacks names a side or a people ("North Korean soldiers" and "Russian and North Korean
 * soldiers" are two counts). A key with no such home, or several, stays its own.
 */
export function subjectHomes(keys: readonly string[]): Map<string, string> {
  const words = new Map(keys.filter((k) => k !== '').map((k) => [k, k.split('+')] as const));
  const byWord = new Map<string, string[]>();
  for (const [key, parts] of words) for (const w of parts) byWord.set(w, [...(byWord.get(w) ?? []), key]);
  const homes = new Map<string, string>();
  for (const [key, parts] of words) {
    const sharing = byWord.get(parts[0]!)!;
    if (sharing.length > MAX_SUPERSETS) continue;
    const supersets = sharing.filter((other) => {
      const more = words.get(other)!;
      return more.length > parts.length && parts.every((w) => more.includes(w)) && more.every((w) => parts.includes(w) || !namesASide(w));
    });
    if (supersets.length === 1) homes.set(key, supersets[0]!);
  }
  return homes;
}

/** Whether a subject key's word names a side or a people: a group alias ("north-korea") or a demonym, country or place. */
function namesASide(word: string): boolean {
  const kind = nameKind(word.replace(/-/gu, ' '));
  return GROUP_KEYS.has(word) || kind === 'demonym' || kind === 'demonym-plural' || kind === 'country' || kind === 'place';
}
const GROUP_KEYS: ReadonlySet<string> = new Set(SUBJECT_ALIASES.map((a) => a.key));

/** Reports of one story come days apart; a month with no report of a measure is a gap between stories. */
const STORY_GAP_DAYS = 30;

/**
 * Date-ordered points cut where no report falls for STORY_GAP_DAYS: in a store of many stories, a
 * hotel fire's unplaced toll in February and an earthquake's in August are two series, not one.
 */
function splitAtGaps(points: readonly FigurePoint[]): FigurePoint[][] {
  const runs: FigurePoint[][] = [];
  let last: string | null = null;
  for (const p of points) {
    const day = pointDate(p);
    if (runs.length === 0 || (day && last && daysBetween(day, last) > STORY_GAP_DAYS)) runs.push([]);
    runs[runs.length - 1]!.push(p);
    if (day) last = day;
  }
  return runs;
}

function bucket(points: readonly FigurePoint[], key: (p: FigurePoint) => string): Map<string, FigurePoint[]> {
  const map = new Map<string, FigurePoint[]>();
  for (const p of points) {
    const list = map.get(key(p));
    if (list) list.push(p);
    else map.set(key(p), [p]);
  }
  return map;
}

/** Beyond this many places of one measure, containment is not looked for (each sentence is searched for every place). */
const MAX_PLACES = 40;

/**
 * Moves the figures of a place into those of the place holding it, where a figure's sentence says
 * so: "near Ostra in Halden province", "the Halden town of Ostra". Outlets name a
 * story's place at different levels; without a gazetteer, what the articles themselves say of the
 * two places is the evidence. The larger place keeps its key.
 */
function mergeContainedPlaces(buckets: Map<string, FigurePoint[]>): Map<string, FigurePoint[]> {
  const places = [...buckets.keys()].filter((k) => k !== '');
  if (places.length < 2 || places.length > MAX_PLACES) return buckets;
  const holder = new Map<string, string>();
  // "eastern Turkey" lies in Turkey, whatever the sentences say
  for (const inner of places) {
    const outer = withoutCompass(inner);
    if (outer !== inner && buckets.has(outer)) holder.set(inner, outer);
  }
  for (const points of buckets.values()) {
    for (const p of points) {
      const sentence = foldText(p.sentence);
      // "eastern Tarsia" as one report keys it is "Tarsia" in another's "Tarsia's Malvan province"
      const named = places.filter((k) => sentence.includes(withoutCompass(k)));
      for (const inner of named) for (const outer of named) if (inner !== outer && !holder.has(inner) && holds(sentence, withoutCompass(outer), withoutCompass(inner))) holder.set(inner, outer);
    }
  }
  // "near Dhaka" and "in Bangladesh": a capital lies in its country
  for (const inner of places) {
    const outer = countryOfCapital(inner);
    if (outer && buckets.has(outer) && !holder.has(inner)) holder.set(inner, outer);
  }
  if (holder.size === 0) return buckets;
  const top = (k: string, seen = new Set<string>()): string => (holder.has(k) && !seen.has(k) ? top(holder.get(k)!, seen.add(k)) : k);
  const merged = new Map<string, FigurePoint[]>();
  for (const [key, points] of buckets) {
    const into = key === '' ? '' : top(key);
    const list = merged.get(into);
    if (list) list.push(...points);
    else merged.set(into, [...points]);
  }
  return merged;
}


/** Whether folded `sentence` says place `inner` lies in place `outer`. */
function holds(sentence: string, outer: string, inner: string): boolean {
  const [o, i] = [escapeRegExp(outer), escapeRegExp(inner)];
  // "in Gazipur, Bangladesh": a place then a country after a comma lies in it (two countries are a list)
  if (nameKind(outer) === 'country' && nameKind(inner) !== 'country' && new RegExp(`(?<![\\p{L}])${i},\\s+${o}(?![\\p{L}])`, 'u').test(sentence)) return true;
  // not "Kell, Ostra": a comma joins places in a list as often as a town to its region
  // "Peru's Cajamarca region", "Peru's northern Cajamarca region": a place owned by a place lies in it
  return new RegExp(`(?<![\\p{L}])${i}\\s+in\\s+(?:the\\s+)?${o}(?![\\p{L}])|(?<![\\p{L}])${o}(?:'s)?\\s+(?:town|city|village|port|district|region|province)\\s+of\\s+${i}(?![\\p{L}])|(?<![\\p{L}])${o}'s\\s+(?:${COMPASS_WORD}\\s+)?${i}(?![\\p{L}])`, 'u').test(sentence);
}

/**
 * Moves the '' (unspecified) bucket into the only specific one, when there is exactly one and it
 * names the whole of who is counted, not a part ("children": see PART_GROUP_NOUNS); only its
 * figures reported within STORY_GAP_DAYS of the specific ones, which are of the same story.
 */
function mergeUnspecified(buckets: Map<string, FigurePoint[]>, candidate: (points: readonly FigurePoint[]) => boolean = () => true): Map<string, FigurePoint[]> {
  const unspecified = buckets.get('');
  const specific = [...buckets.keys()].filter((k) => k !== '' && candidate(buckets.get(k)!));
  // children among a toll's dead are a part of it; pupils held by kidnappers are all of those held ("259 were still in captivity")
  if (specific.length === 1 && specific[0]!.split('+').some((w) => PART_WORDS.has(w)) && isRunningTotal(buckets.get(specific[0]!)![0]!.categories)) return buckets;
  if (!unspecified || specific.length !== 1) return buckets;
  // only those of the same story: reported within a gap of its figures
  const own = buckets.get(specific[0]!)!;
  const days = dayNumbers(own);
  const near: FigurePoint[] = [];
  const rest: FigurePoint[] = [];
  for (const p of unspecified) (nearInTime(p, days) ? near : rest).push(p);
  if (near.length === 0) return buckets;
  const merged = new Map(buckets).set(specific[0]!, [...own, ...near]);
  if (rest.length > 0) merged.set('', rest);
  else merged.delete('');
  return merged;
}

/** A figure of a whole year or month: its time is no day ("so far this year", "in March"). */
const isPeriodTotal = (p: FigurePoint): boolean => !!p.refersTo && /^\d{4}(?:-\d{2})?$/u.test(p.refersTo);

/** The days of `points` as sorted day numbers; null when one is undated (an undated figure may be of any time). */
function dayNumbers(points: readonly FigurePoint[]): number[] | null {
  const days: number[] = [];
  for (const p of points) {
    const day = pointDate(p);
    if (!day) return null;
    days.push(daysBetween(day, '1970-01-01'));
  }
  return days.sort((a, b) => a - b);
}

/** Whether `p` falls within STORY_GAP_DAYS of one of the sorted `days` (binary search: the trail holds up to millions of figures). */
function nearInTime(p: FigurePoint, days: readonly number[] | null): boolean {
  const date = pointDate(p);
  if (!date || !days) return true;
  const day = daysBetween(date, '1970-01-01');
  const k = partitionPoint(days.length, (i) => days[i]! < day);
  return (k < days.length && days[k]! - day <= STORY_GAP_DAYS) || (k > 0 && day - days[k - 1]! <= STORY_GAP_DAYS);
}
