/**
 * Figures a sentence gives as the ones a count had before: "rose to 29, up from 21", "raised the
 * toll from 21 to 29", "had earlier put the death toll at 27", "the previous count was 27". Such a
 * figure counts what the current one counts, and it is not the report's latest word: the trail
 * places it before the report's other figures (status 'earlier').
 */
import type { Span } from '../../model/doc.js';
import { bracketSign } from './change.js';

/** A bound between the word and the number ("up from about 21"): the figure's span starts at the number. */
export const BOUND = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|over|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?`;
/** "…, up from 21", "down from 40 a week earlier", "down from an earlier estimate of 40", "down from a peak of 1.4 million". */
const UP_FROM = new RegExp(String.raw`\b(?:up|down)\s+from\s+(?:(?:an?|the|its|their)\s+(?:(?:earlier|previous|initial|original|prior)\s+)?(?:estimate|figure|count|toll|tally|peak|high)\s+of\s+)?${BOUND}$`, 'iu');
/** A count noun, after an owner or adjectives: "its estimate", "an earlier figure", "the official death toll". */
export const COUNT_NOUN = String.raw`(?:the|its|their|his|her|an?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:estimate|figure|count|toll|tally|number)`;
/**
 * A revision of the count the sentence gives, to the figure before this one: "(30 arrested, …)
 * revising an earlier figure of 23", "(more than 300,000 joined, …) raising its estimate from 250,000".
 */
const REVISED_FROM = new RegExp(String.raw`\b(?:rais|lower|revis|cutt|increas|reduc|correct|updat|upp)(?:ing|ed|es)\s+${COUNT_NOUN}\s+(?:(?:up|down)\s+)?(?:from|of)\s+${BOUND}$`, 'iu');
/** After a compared figure: another round, election or year ("in the first round", "at the 2019 election", "in 2019", "last year"). */
const OTHER_EVENT = /^\s*(?:(?:in|at|during)\s+(?:the\s+)?(?:(?:first|second|previous|last|prior|preceding|\d{4})\s+(?:round|election|elections|vote|poll|race|referendum|ballot|year|season|campaign)|\d{4})|last\s+(?:year|season))\b/iu;
/** "from 21" of "rose from 21 to 29": the start of a change that the next figure ends. */
const FROM = new RegExp(String.raw`\bfrom\s+${BOUND}$`, 'iu');
/** Between the two figures of a change: "21 to 29", "21 people to 29". */
const TO_NEXT = new RegExp(String.raw`^\s*(?:\p{L}+\s+)?to\s+${BOUND}$`, 'u');
/** "rose to 29 from 21": the figure after "from" is where the count came from. */
const FROM_AFTER_PREVIOUS = new RegExp(String.raw`^[\s,]*(?:\p{L}+\s+)?(?:up\s+|down\s+)?from\s+${BOUND}$`, 'iu');
/** "to 29" of "rose to 29 from 21". */
const TO = new RegExp(String.raw`\bto\s+${BOUND}$`, 'iu');
/** "312 new cases, bringing the total to 4,870": the total of the count the previous figure adds to. */
const TOTAL_TO = new RegExp(String.raw`\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\s+(?:(?:overall|cumulative)\s+)?(?:total|tally|toll|number|count)(?:\s+\p{L}+)?\s+to\s+${BOUND}$`, 'iu');
/**
 * An earlier figure named before it in its clause: "had earlier put the toll at", "initially said",
 * "an earlier toll of". An adverb alone is not enough: "reversed earlier losses and was up 46 cents".
 */
const EARLIER_WORDS = /\b(?:(?:earlier|previously|initially|originally|first)\s+(?:had\s+)?(?:put|said|says|reported|estimated|gave|given|counted|stated|announced|set|placed|confirmed|claimed|asked\s+for)|had\s+put|(?:earlier|previous|initial|original|prior|first)\s+(?:death\s+)?(?:toll|count|figure|estimate|tally|report|reports))\b/iu;

/** "Earlier it had said 12 …", "Previously, the ministry had put the toll at": an opening adverb and a past perfect, with the speaker between. */
const EARLIER_CLAUSE = /\b(?:earlier|previously|initially|originally)\b,?\s+(?:[\p{L}'’-]+\s+){1,5}had\s+(?:put|said|reported|estimated|given|counted|stated|announced|placed|confirmed|claimed)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** How far before a figure EARLIER_CLAUSE is looked for. */
const EARLIER_REACH = 120;

export interface EarlierFigure {
  /** The figure gives the count as it stood before the report. */
  readonly earlier: boolean;
  /** The figure is another value of the previous figure's count: it takes its categories when it has none of its own. */
  readonly sameCountAsPrevious: boolean;
}

/**
 * How `figure` stands to the figures around it in its sentence: `previous` and `next` are the
 * figures right before and after it there, `clause` the clause it sits in.
 */
export function earlierFigure(text: string, figure: Span, previous: Span | undefined, next: Span | undefined, clause: Span): EarlierFigure {
  const before = text.slice(Math.max(clause.start, figure.start - 40), figure.start);
  const lead = text.slice(Math.max(0, figure.start - 40), figure.start);
  // "…, up from 21": the comma opens a clause of its own, so the words before are read past it
  // "turnout was 67.4%, up from 61% in the first round": another vote's figure, set beside this one, is no earlier value of it
  if (UP_FROM.test(lead)) return OTHER_EVENT.test(text.slice(figure.end, figure.end + 40)) ? { earlier: false, sameCountAsPrevious: false } : { earlier: true, sameCountAsPrevious: previous !== undefined };
  if (previous && REVISED_FROM.test(text.slice(Math.max(0, figure.start - 80), figure.start))) return { earlier: true, sameCountAsPrevious: true };
  if (previous && FROM_AFTER_PREVIOUS.test(text.slice(previous.end, figure.start)) && TO.test(text.slice(Math.max(0, previous.start - 40), previous.start))) {
    return { earlier: true, sameCountAsPrevious: true };
  }
  // "1,180,000 (+1,230)": the day's change of the figure before it, in brackets
  if (previous && (TOTAL_TO.test(lead) || bracketSign(lead))) return { earlier: false, sameCountAsPrevious: true };
  // "from 21 to 29": this figure is the start, the next one the count now
  if (next && FROM.test(before) && TO_NEXT.test(text.slice(figure.end, next.start))) return { earlier: true, sameCountAsPrevious: false };
  // "… from 21 to 29": the end of the change counts what its start counts
  const toPrevious = previous !== undefined && TO_NEXT.test(text.slice(previous.end, figure.start)) && FROM.test(text.slice(Math.max(0, previous.start - 40), previous.start));
  const earlier = EARLIER_WORDS.test(text.slice(clause.start, figure.start)) || EARLIER_CLAUSE.test(text.slice(Math.max(0, figure.start - EARLIER_REACH), figure.start));
  return { earlier: !toPrevious && earlier, sameCountAsPrevious: toPrevious };
}
