import type * as chrono from 'chrono-node';

const FUTURE = /\b(?:will|won['’]t|shall|'ll|going to|plans? to|planned|scheduled|expected to|due to|is to|are to|to be held|next|coming|upcoming)\b/iu;
const WEEK_MS = 7 * 86_400_000;

/**
 * chrono reads a bare weekday as the nearest one, which can lie after the publication date.
 * News reports the past: "rescuers arrived on Saturday" in a Wednesday paper is last Saturday,
 * unless the sentence speaks of the future ("talks will resume on Saturday").
 * Returns the number of days to move the date (0 or -7).
 */
export function weekdayShiftDays(result: chrono.ParsedResult, sentence: string, reference: Date): number {
  const start = result.start;
  if (!start.isCertain('weekday') || start.isCertain('day') || start.isCertain('month')) return 0;
  if (/\b(?:next|this|coming|last|past|previous)\b/iu.test(result.text) || FUTURE.test(sentence)) return 0;
  return start.date().getTime() - reference.getTime() > 0 && start.date().getTime() - reference.getTime() < WEEK_MS ? -7 : 0;
}
