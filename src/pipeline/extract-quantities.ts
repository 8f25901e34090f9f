/**
 * Figures: every number mention that counts or measures something, with its bound, what it
 * counts, where, when, how sure and on whose word. One pass per sentence that has a digit or a
 * number word; the numeral parser never sees the others.
 */
import type { Claim, Context, DateMention, Doc, Quantity, Span, Token } from '../model/doc.js';
import { byStart, firstStartingAt, partitionPoint, startingUpTo } from '../model/span.js';
import { LIST_GAP, categoriesAfter, categoriesOf, clauseBoundaries, clauseOf, dashLabel } from './quantities/categories.js';
import { changeOf } from './quantities/change.js';
import { claimOf } from './quantities/claim.js';
import { sentenceFigures } from './quantities/numerals.js';
import { NUMBER_HINT } from '../nlp/numbers.js';
import { notWhereSaid, placeCandidates, placeOf, speakersPlace, typedMentions } from './quantities/place.js';
import { markRepeats } from './quantities/repeats.js';
import { statusOf } from './quantities/status.js';
import { isGenericSubject, subjectOf } from './quantities/subject.js';
import { namedVoteHolder, ownerOf } from './quantities/owner.js';
import { timeCandidates, timeOf } from './quantities/time.js';
import { earlierFigure } from './quantities/earlier.js';
import { countReferredTo } from './quantities/count-anaphor.js';
import { figureSource } from './quantities/figure-source.js';
import { areaCategories, areaSubject, isArea } from './quantities/area.js';
import { isRetractedFigure } from './quantities/retracted.js';
import { isPartOfCount } from './quantities/part.js';
import { countsNothing } from './quantities/units.js';
import { PEOPLE_OR_THING_CATEGORIES, RUNNING_TOTALS, THING_CATEGORIES, countedThings } from '../lexicons/categories.js';

/** The tokens of sentence `index`, by binary search (tokens are in sentence order). */
function sentenceTokens(tokens: readonly Token[], index: number): readonly Token[] {
  const lo = partitionPoint(tokens.length, (i) => tokens[i]!.sentence < index);
  let end = lo;
  while (end < tokens.length && tokens[end]!.sentence === index) end++;
  return tokens.slice(lo, end);
}

/** The spans of a start-sorted list that start in [start, end). */
function startingWithin<T extends Span>(sorted: readonly T[], start: number, end: number): readonly T[] {
  return sorted.slice(firstStartingAt(sorted, start), firstStartingAt(sorted, end));
}

/** How many content fragments starting before a figure are tried: contents are local, and hostile input must stay linear. */
const CLAIM_REACH = 64;

/** claimOf over only the content fragments that start shortly before the figure. */
function claimIndex(all: readonly Claim[]): (span: Span) => Claim | undefined {
  const fragments = all.flatMap((claim) => claim.content.map((c) => ({ start: c.start, end: c.end, claim }))).sort(byStart);
  return (span) => claimOf([...new Set(startingUpTo(fragments, span.start, CLAIM_REACH).map((f) => f.claim))], span);
}

/**
 * @example extractQuantities(analyzeUpToClaims('Casualties exceeded 3,000.')) → [{ lower: 3000, bound: 'more_than', ... }]
 */
export function extractQuantities(doc: Doc, context: Context = {}): Quantity[] {
  const debug = context.debug ? (message: string) => context.debug!('quantities', message) : undefined;
  const text = doc.text;
  const quantities: Quantity[] = [];
  // Built on the first sentence that has a figure: most sentences have none.
  let mentions: ReturnType<typeof typedMentions> | undefined;
  // One regex pass over the whole text finds where numbers may be; other sentences are skipped.
  const hints: number[] = [];
  const lower = text.toLowerCase();
  NUMBER_HINT.lastIndex = 0;
  for (let m = NUMBER_HINT.exec(lower); m; m = NUMBER_HINT.exec(lower)) hints.push(m.index);
  let h = 0;
  // Per-sentence slices of the doc-wide layers, so that a figure never scans the whole article.
  const dates = [...doc.dates].sort(byStart);
  const markers = [...doc.statusMarkers].sort(byStart);
  const dateHeadings = datedHeadings(text, doc.headings, dates);
  const claims = claimIndex(doc.claims);
  // a heading's count is no paragraph's referent ("the number" in the text below it)
  const headingStarts = new Set(doc.headings.map((h) => h.start));
  let countsVotes = false;
  doc.sentences.forEach((sentence, index) => {
    while (h < hints.length && hints[h]! < sentence.start) h++;
    if (h >= hints.length || hints[h]! >= sentence.end) return;
    const sentenceDates = startingWithin(dates, sentence.start, sentence.end);
    const figures = sentenceFigures(text, sentence, sentenceDates, debug);
    if (figures.length === 0) return;
    const times = timeCandidates(text, sentence, sentenceDates);
    const previous = doc.sentences[index - 1];
    const nearMarkers = startingWithin(markers, previous?.start ?? sentence.start, sentence.end);
    mentions ??= typedMentions(doc.entities);
    const places = placeCandidates(text, sentence, mentions);
    const tokens = sentenceTokens(doc.tokens, index);
    const boundaries = clauseBoundaries(text, sentence);
    const clauses = figures.map((figure) => clauseOf(boundaries, figure, sentence));
    for (const [k, figure] of figures.entries()) {
      const clause = clauses[k]!;
      const others = figures.filter((f) => f !== figure);
      // "rose to 29, up from 21", "from 21 to 29": two values of one count
      const previousFigure = figures[k - 1], nextFigure = figures[k + 1];
      const before = earlierFigure(text, figure, previousFigure, nextFigure, clause);
      // the figure found before this one, when it is in this sentence
      const last = quantities.at(-1);
      const listed = last && last.start >= sentence.start ? last : undefined;
      const previousCount = before.sameCountAsPrevious ? listed : undefined;
      // "tanks — 11,300 (+7)": in a list of figures, the item's label says what is counted
      // ("900,000 customers, down from a peak of 1.4 million": another value of a count counts whom it counts)
      // "8,000 acres": an area counts its unit, so acres and hectares stay two series
      const area = isArea(figure.unit);
      const ownSubject = (area ? areaSubject(text, figure) : subjectOf(text, figure, tokens, clause.start, figure.unit)) ?? dashLabel(text, figure) ?? previousCount?.subject ?? null;
      const andJoined = !!listed && AND_JOINED.test(text.slice(listed.end, figure.start));
      // "100 North Korean soldiers were killed and nearly 1,000 others injured": "others" are more of the group before;
      // "2,000 homes were destroyed and another 5,000 damaged": so is a figure joined by "and" with no noun of its own
      const named = listed?.subject && !isGenericSubject(text.slice(listed.subject.start, listed.subject.end)) ? listed.subject : null;
      let subject = named && (ownSubject ? OTHERS.test(text.slice(ownSubject.start, ownSubject.end)) : andJoined && !figure.unit) ? named : ownSubject;
      // An age describes a person, not an event: it has no place or time of its own.
      const age = figure.unit === 'years of age';
      const claim = claims(figure);
      // "killing eight people in Kell and wounding 14 others": a figure joined by "and" to the one before is where it is
      const joined = andJoined ? listed!.place ?? null : null;
      const ownPlace = age ? null : placeOf(text, figure, sentence, clause, others, notWhereSaid(places, claim, figure), mentions) ?? joined;
      const sentenceTime = age ? null : timeOf(text, figure, sentence, clause, others, times);
      // "rose to 29 on Wednesday, up from 21": the day before the earlier figure is the current one's
      const ownTime = sentenceTime && before.earlier && (sentenceTime.start < clause.start || (previousFigure && sentenceTime.start < previousFigure.end)) ? null : sentenceTime;
      // a live blog's "Tuesday, 11 August" above an entry dates what the entry counts
      const time = ownTime ?? (age || before.earlier ? null : headingDateBefore(dateHeadings, figure));
      // An age, a sum of money or a measure counts nobody ("the dead 3-year-old boy"); a count of things takes only
      // what happens to things ("30 homes destroyed"), never what happens to people ("injured across ten provinces")
      const things = countsThings(text, subject);
      // "1,240 cases, including 37 deaths": a part of the figure before counts what it counts, unless its own words say otherwise;
      // with no noun of its own ("rescued 1,100, including 420", "16 died, including three who died of carbon monoxide"),
      // nothing tells it from the whole in the trail: it is a part
      const partOf = countsNothing(figure.unit) ? undefined : partOfPrevious(text, figure, listed);
      const whole = namesOwnCategory(text, figure) ? undefined : partOf;
      // a measure between the count and its words ("the death toll from the magnitude 6.8 quake has risen to 112") is no count of its own
      const counted = whole ?? (area ? areaCategories(text, figure, clause) : countsNothing(figure.unit) ? [] : categoriesOf(text, figure, clause, others.filter((o) => !countsNothing(o.unit))));
      let categories = counted.filter((c) => ofKind(c, things));
      // "Voss took 44.1%": once the article counts shares of the vote, a share someone took is one, "of the vote" unsaid
      const holder = categories.length === 0 && countsVotes && figure.unit === 'percent' ? namedVoteHolder(tokens, figure) : null;
      if (holder) categories = ['votes'];
      if (categories.length === 0 && previousCount) categories = [...previousCount.categories];
      // "Organisers said 250,000 people took part. Police put the number at 42,000.": the count just before
      const referent = categories.length === 0 && !figure.unit ? countReferredTo(text, figure, quantities, previous && !headingStarts.has(previous.start) ? previous.start : sentence.start) : undefined;
      if (referent) {
        categories = [...referent.categories];
        subject ??= referent.subject ?? null;
      }
      // "killed 5 soldiers, 3 civilians and 2 children": an item of a list counts what the item before it counts;
      // "freed 3 hostages; 59 remain": those who remain are the rest of that count
      const gap = listed ? text.slice(listed.end, figure.start) : null;
      const item = gap !== null && LIST_GAP.test(gap);
      // "the four survivors, three men and a boy", "the 53 wounded remained hospitalized, six in critical condition":
      // after the noun that says what the figure before counts, an item is a part of that count, not another count
      // ("14 dead and dozens injured", "7 died and 30 were hospitalised": an item that counts something else of its own is another count)
      const breakdown = item && categoriesAfter(gap).length > 0 && (categories.length === 0 || categories.every((c) => listed!.categories.includes(c)));
      if (categories.length === 0 && listed && (item || (gap !== null && REMAIN.test(text.slice(figure.end, figure.end + 20))))) {
        categories = listed.categories.filter((c) => ofKind(c, things));
      }
      countsVotes ||= categories.includes('votes');
      // "where at least 112 people died when it collapsed on Monday", "arrested during Sunday's protest" (in a later report): the day of the event a toll is of, not of the toll
      const countTime = time && categories.length > 0 && categories.every((c) => RUNNING_TOTALS.has(c)) && isEventClauseDate(text, figure, time, others) ? null : time;
      const owner = holder ?? ownerOf(tokens, figure, categories);
      // a count of people or things (not a sum or a share) may be of the place its source is named after
      const place = ownPlace ?? (categories.length > 0 ? speakersPlace(text, claim?.source, mentions) : null);
      // "more than the police figure of 42,000": the police's figure, whoever relays it
      const source = figureSource(text, figure, tokens);
      quantities.push({
        id: `q${quantities.length}`,
        ...figure,
        change: changeOf(text, figure, sentence.start, time),
        categories,
        ...(subject ? { subject } : {}),
        ...(owner ? { owner } : {}),
        ...(source ? { source } : {}),
        ...(place ? { place } : {}),
        ...(countTime ? { time: countTime } : {}),
        status: withFigureStatus(statusOf(sentence, previous, text, nearMarkers, claim ? claim.content.flatMap((c) => startingWithin(markers, c.start, c.end)) : [], clause, clauses), { earlier: before.earlier, part: !figure.unit && (isPartOfCount(text, figure) || breakdown || (partOf !== undefined && !subject && categories.every((c) => partOf.includes(c)))), retracted: isRetractedFigure(text, sentence, figure) }),
        ...(claim ? { claim: claim.id } : {}),
      });
    }
  });
  return markRepeats(text, quantities, doc.headings, doc.sentences);
}

/** The date mentions that make up a heading of their own ("Tuesday, 11 August"), in text order. */
function datedHeadings(text: string, headings: readonly Span[], dates: readonly DateMention[]): DateMention[] {
  return headings.flatMap((h) => {
    // dates are sorted by start: the first one starting in the heading, found by binary search (a hostile text may hold thousands of both)
    const d = dates[firstStartingAt(dates, h.start)];
    if (!d || d.end > h.end || d.precision !== 'day') return [];
    return /^[\s,.:–—-]*$/u.test(text.slice(h.start, d.start) + text.slice(d.end, h.end)) ? [d] : [];
  });
}

/** The last such date heading before `figure`, as the figure's time, or null. */
function headingDateBefore(dated: readonly DateMention[], figure: Span): Span | null {
  const k = partitionPoint(dated.length, (i) => dated[i]!.end <= figure.start) - 1;
  return k >= 0 ? { start: dated[k]!.start, end: dated[k]!.end } : null;
}

/**
 * The statuses of the sentence and claim, with what the figure's own words say of it: 'earlier'
 * (a count as it stood before, see quantities/earlier.ts), 'part' (a part of a count, which
 * the trail does not line up with the count) and 'retracted' (what a correction note says the
 * outlet printed by mistake, see quantities/retracted.ts).
 */
function withFigureStatus(status: string[], own: Readonly<Record<'earlier' | 'part' | 'retracted', boolean>>): string[] {
  const added = (['earlier', 'part', 'retracted'] as const).filter((s) => own[s]);
  return added.length === 0 ? status : [...status, ...added].sort();
}

/** A clause of the event after a count: "died when it collapsed on Monday", "were killed after a missile hit the market on Friday". */
const EVENT_CLAUSE = /\b(?:when|after|as)\s/iu;

/** "in Sunday's attack", "during Monday's protest": a day that owns the event names the event's day. */
const EVENT_OWNER = /^['’]s?\s+\p{L}/u;

/** "last week's shipwreck, in which at least 82 people died": the toll in a relative clause of the event the day owns. */
const OWNED_EVENT_CLAUSE = /^['’]s?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?:in\s+which|during\s+which|where|that|which)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** Whether the date `time` names the day of the event a toll is of: in an event's clause after the figure, or owning an event, with no other figure between. */
function isEventClauseDate(text: string, figure: Span, time: Span, others: readonly Span[]): boolean {
  if (time.start < figure.end) return time.end <= figure.start && OWNED_EVENT_CLAUSE.test(text.slice(time.end, figure.start));
  if (others.some((o) => o.start >= figure.end && o.end <= time.start)) return false;
  return EVENT_CLAUSE.test(text.slice(figure.end, time.start)) || EVENT_OWNER.test(text.slice(time.end, time.end + 4));
}

/** Between two figures of one event: "people and wounding", " and" (no other clause between). */
const AND_JOINED = /^[^.;:!?,]{0,40}\band\b[^.;:!?,]{0,30}$/u;

/** A subject that is more of the group counted before it. */
const OTHERS = /^others$/iu;

/** "59 remain", "40 are still": the figure is what is left of the count before it. */
const REMAIN = /^\s+(?:remain|remained|remains|are\s+still|were\s+still|still)\b/iu;

/** Whether category `c` may be said of a count of things (`things`) or of people. */
const ofKind = (c: string, things: boolean): boolean => PEOPLE_OR_THING_CATEGORIES.has(c) || THING_CATEGORIES.has(c) === things;

/** Whether the figure's subject is a thing, by its last word ("ten provinces", "45 Ukrainian drones"). */
const countsThings = (text: string, subject: Span | null): boolean => !!subject && countedThings.has(text.slice(subject.start, subject.end).toLowerCase().split(/\s+/u).at(-1) ?? '');

/** "73 wounded, including 13 children", "among them 14 children", "(of them 6 children)", "six of them children": a part of the figure before. */
const PART_BEFORE = /(?:\bincluding|\bamong\s+(?:them|whom)|\bof\s+(?:them|whom))\s*$/iu;
const PART_AFTER = /^\s+of\s+(?:them|whom)\b/iu;

/** Whether the words right after a figure (or after its "of them") name what it counts ("37 deaths", "12 injured", "three of them fatally"). */
const namesOwnCategory = (text: string, figure: Span): boolean => {
  // "three of them fatally": past "of them", the words are still the part's own
  const after = text.slice(figure.end, figure.end + 60);
  return categoriesAfter(after.replace(PART_AFTER, '')).length > 0;
};

/** The categories of `previous`, the figure before in the sentence, for a figure that counts a part of it; else undefined. */
function partOfPrevious(text: string, figure: Span, previous: Quantity | undefined): string[] | undefined {
  if (!previous || previous.categories.length === 0) return undefined;
  const part = PART_BEFORE.test(text.slice(Math.max(previous.end, figure.start - 24), figure.start)) || PART_AFTER.test(text.slice(figure.end, figure.end + 12));
  return part ? [...previous.categories] : undefined;
}
