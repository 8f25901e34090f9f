/**
 * Bare years ("in 2016", "the 2012 election") and spans of years ("between 2019 and 2023"), which chrono leaves out. A four-digit number from
 * 1800 to 2099 that no other date covers, not money, not a percent and not a count of things.
 */
import type { DateMention, Sentence, Span } from '../../model/doc.js';

const YEAR = /(?<![\d,.$€£-])\b(1[89]\d\d|20\d\d)\b(?![\d,]\d|\s?%|\s?(?:percent|per cent|people|votes|troops|soldiers|jobs|times)\b)/gu;

/** "between 2019 and 2023", "from 2010 to 2014", "2019-2023": a span of whole years, which chrono reads as two dates or none. */
const YEAR_RANGE = /(?<![\d,.$€£-])\b(?:between\s+(1[89]\d\d|20\d\d)\s+and|(?:from\s+)?(1[89]\d\d|20\d\d)\s*(?:to|through|until|-|–|—))\s*(1[89]\d\d|20\d\d)\b(?![\d,]\d|\s?%|\s?(?:percent|per cent|people|votes|troops|soldiers|jobs|times)\b)/giu;

export function yearMentions(text: string, sentence: Sentence, taken: readonly Span[]): DateMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: DateMention[] = [];
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(slice); m; m = YEAR_RANGE.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // the span opens on its preposition, as chrono's "from May 2 to May 5" does; "2019 and 2023" alone are two years, and so is a second year before the first
    const [from, to] = [m[1] ?? m[2]!, m[3]!];
    if (Number(to) <= Number(from) || taken.some((t) => t.start < end && start < t.end)) continue;
    found.push({ id: '', start, end, date: from, end_date: to, precision: 'range', implied: [], rule: 'dates/year-range' });
  }
  const covered = [...taken, ...found];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (covered.some((t) => t.start < end && start < t.end)) continue;
    found.push({ id: '', start, end, date: m[1]!, precision: 'year', implied: [], rule: 'dates/bare-year' });
  }
  return found;
}
