/**
 * A figure that counts only part of a count, which the trail does not line up with the count:
 * "five of the wounded", "two of the 14 hostages", those a court or the police did something
 * to afterwards ("a court fined 19 people arrested at the protest": 19 were fined, not arrested),
 * and those a count leaves out ("two deaths were found to be unrelated").
 */
import type { Span } from '../../model/doc.js';
import { categoriesAfter } from './categories.js';

/** "five of the wounded", "two of the 14 hostages", "six of them". */
const PART_OF_WHOLE = /^\s+of\s+(?:the|those|these|them|whom|all)\b/iu;
/** "of the 242", "of the": the whole's noun follows. */
const OF_THE_WHOLE = /^\s+of\s+(?:the|those|these|all)\s+(?:[\d,.]+\s+)?/iu;

/**
 * What is done afterwards to some of the people an event counted: sentences, fines, releases. The
 * figure after such a verb counts those it was done to ("released 30 people detained on Saturday"),
 * never all the detained. Verbs of care are left out: "hospitals treated 120 people injured in the
 * blast" is how injured counts are reported.
 */
const ACTED_ON = /\b(?:fined|charged|sentenced|convicted|acquitted|released|freed|deported|expelled|questioned|interrogated|indicted|prosecuted|pardoned)\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|another|a\s+further|the)\s+)?$/iu;

/** How far before a figure its verb is looked for. */
const VERB_REACH = 40;

/**
 * "after two deaths were found to be unrelated", "three bodies were not linked to the storm": those
 * a count leaves out are a part of what was counted before, not the count.
 */
const LEFT_OUT = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:(?:later|now|since|also)\s+)?(?:found\s+to\s+be\s+|deemed\s+|judged\s+|determined\s+to\s+be\s+)?(?:unrelated|not\s+related|not\s+linked|not\s+connected|excluded|ruled\s+out|removed\s+from\s+the\s+(?:toll|count|tally))\b/iu;

/** Whether the figure at `span` (with no unit) counts a part of another count. */
export function isPartOfCount(text: string, span: Span): boolean {
  return (PART_OF_WHOLE.test(text.slice(span.end, span.end + 16)) && !ofAWholeOfNoCategory(text, span)) || ACTED_ON.test(text.slice(Math.max(0, span.start - VERB_REACH), span.start)) || LEFT_OUT.test(text.slice(span.end, span.end + 80));
}

/**
 * "killing 179 of the 181 people on board", "40 of the passengers died": the whole is no count of
 * what happened (its noun names none), so the figure is the count itself, not a part of one.
 */
function ofAWholeOfNoCategory(text: string, span: Span): boolean {
  const whole = OF_THE_WHOLE.exec(text.slice(span.end, span.end + 40));
  if (!whole) return false;
  // the whole's own noun, one word: "the wounded", "the 14 hostages" (not "the passengers died")
  const from = span.end + whole[0].length;
  const noun = /^[\p{L}'’-]+/u.exec(text.slice(from, from + 30))?.[0] ?? '';
  return categoriesAfter(` ${noun}`).length === 0;
}
