/**
 * Bare years ("in 2016", "the 2012 election"), which chrono leaves out. A four-digit number from
 * 1800 to 2099 that no other date covers, not money, not a percent and not a count of things.
 */
import type { DateMention, Sentence, Span } from '../../model/doc.js';

const YEAR = /(?<![\d,.$€£-])\b(1[89]\d\d|20\d\d)\b(?![\d,]\d|\s?%|\s?(?:percent|per cent|people|votes|troops|soldiers|jobs|times)\b)/gu;

export function yearMentions(text: string, sentence: Sentence, taken: readonly Span[]): DateMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: DateMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    found.push({ id: '', start, end, date: m[1]!, precision: 'year', implied: [], rule: 'dates/bare-year' });
  }
  return found;
}
