import type * as chrono from 'chrono-node';

const FUTURE = /\b(?:will|won['’]t|shall|'ll|going to|plans? to|planned|scheduled|expected to|due to|is to|are to|to be held|next|coming|upcoming)\b/iu;
const DAY_MS = 86_400_000;
const dayOf = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

/** A speech verb just before the weekday dates the speech ("said on Tuesday"), not what was said. */
const DATES_THE_SPEECH = /\b(?:said|says|told|announced|declared|stated|wrote|added|explained|argued|insisted|noted|warned|tweeted|fumed|confirmed|reported)\b[^.,;:!?]{0,20}$/iu;

/**
 * "Officials said the search would continue on Sunday": a "would" before the weekday (not "would
 * have") looks ahead from the report, unless the weekday belongs to the speech verb itself.
 */
const futureInThePast = (before: string): boolean => /\bwould\b(?!\s+have\b)/iu.test(before) && !DATES_THE_SPEECH.test(before);

/**
 * "Warnings are in place until Tuesday", "has issued warnings until Tuesday": an end that the
 * present looks ahead to ("the road was closed until Tuesday" is past).
 */
const untilAhead = (before: string): boolean => /\b(?:until|till|through)\s+$/iu.test(before) && /\b(?:is|are|has|have|remains?|stays?)\b/iu.test(before) && !/\b(?:was|were|had|remained|stayed)\b/iu.test(before);

/**
 * chrono reads a bare weekday as the nearest one, which can lie after the publication date.
 * News reports the past: "rescuers arrived on Saturday" in a Wednesday paper is last Saturday,
 * unless the sentence speaks of the future ("talks will resume on Saturday").
 * Returns the number of days to move the date (-7, 0 or 7).
 */
export function weekdayShiftDays(result: chrono.ParsedResult, sentence: string, reference: Date): number {
  const start = result.start;
  if (!start.isCertain('weekday') || start.isCertain('day') || start.isCertain('month')) return 0;
  if (/\b(?:next|this|coming|last|past|previous)\b/iu.test(result.text)) return 0;
  // counted in calendar days: "on Sunday evening" in a Sunday paper is that day, though its hour lies ahead of the reference noon
  const ahead = dayOf(start.date()) - dayOf(reference);
  const before = sentence.slice(0, result.index);
  // the future's weekday is the coming one: "talks will resume on Friday" in a Saturday paper is six days on;
  // but "X plans to cut jobs, the company said Tuesday" dates the speech, which is past
  if (!DATES_THE_SPEECH.test(before) && (FUTURE.test(sentence) || futureInThePast(before) || untilAhead(before))) return ahead < 0 && ahead > -7 ? 7 : 0;
  return ahead > 0 && ahead < 7 ? -7 : 0;
}
