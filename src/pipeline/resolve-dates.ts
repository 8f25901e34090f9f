/**
 * Date expressions resolved against the publication date with chrono-node. Precision says how
 * much was written (day, month, year, week, range); `implied` lists the parts taken from the
 * publication date ("December 23" → year implied). chrono picks the year closest to the
 * reference, so "December 30" read on January 2 is the past December, not the next one.
 */
import * as chrono from 'chrono-node';
import { parseDates } from './dates/parse-dates.js';
import type { Context, DateMention, DatePrecision, Doc } from '../model/doc.js';
import { yearMentions } from './dates/years.js';
import { weekdayShiftDays } from './dates/weekdays.js';
import { formatDate } from './dates/format-date.js';

/**
 * Only sentences with a month or weekday name, a relative day word, a relative period or a
 * numeric date reach chrono (it runs ~50 patterns per call); bare years are found by our own rule.
 */
const DATE_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)\b/;
const DATEISH = /\b(?:today|tomorrow|yesterday|tonight|ago|(?:last|next|this|past|coming)\s+(?:week|month|year|weekend|decade|quarter|spring|summer|fall|autumn|winter))\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|\b\d+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|from\s+now|earlier)/;
/** chrono reads these alone as dates; in news they are words ("may", "march", "now"). */
const NOT_A_DATE = /^(?:now|sun|sat|wed|second|a\s+second|this|tonight|right\s+now|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)$/iu;
/** Lowercase "may" and "march" are a verb and a noun; capitalised they are months. */
const LOWERCASE_WORD = /^(?:may|march)$/u;

const DATE_NAME_ALL = new RegExp(DATE_NAME.source, 'g');
/** Tested on the lowercased text. */
const DATEISH_ALL = new RegExp(DATEISH.source, 'g');
const YEAR_HINT = /\b(?:1[89]|20)\d\d\b/g;

/** Sorted start offsets of matches of `cased` in `text` and of `lowered` in its lowercase copy. */
function hintPositions(text: string, cased: RegExp, lowered?: RegExp): number[] {
  const at: number[] = [];
  for (const [re, s] of [[cased, text], ...(lowered ? [[lowered, text.toLowerCase()] as const] : [])] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) at.push(m.index);
  }
  return at.sort((a, b) => a - b);
}

/** Words that make every part of a date come from the reference date. */
const RELATIVE = /\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|past|later|earlier|from\s+now)\b/iu;
/** News reports the past: an undated month more than 90 days after publication is last year's. */
const FUTURE_LIMIT_MS = 90 * 86_400_000;

function precisionOf(result: chrono.ParsedResult): DatePrecision {
  const start = result.start;
  if (result.end) return 'range';
  if (/\bweek(?:end)?\b/iu.test(result.text)) return 'week';
  if (start.isCertain('day') || start.isCertain('weekday') || /\b(?:today|yesterday|tomorrow|ago)\b/iu.test(result.text)) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return 'time';
}

/** A number opening a time expression with nothing that makes it a time of day ("23 on Thursday", "up from 21 on Tuesday", not "23:00", "11 pm"). */
const BARE_HOUR = /^(?:(?:from|to|at|by|until|till)\s+)?\d{1,2}\s+(?!(?:[ap]\.?m\b|o['’]clock|h(?:ours|rs)?\b|gmt|utc))(?=\S)(?!.*\d[:.]\d)/iu;

/** "was 24 on Thursday": chrono reads 24 as an hour, rejects it, and drops the day with it; blanked (same length) before parsing. */
const HOUR_24 = /(?<![\d.,:])24(?=\s+(?:on|this|last|next)\s)/gu;

/** "a day after", "two weeks before": chrono counts them from the publication date; the text counts them from an event. */
const FROM_AN_EVENT = /^(?:a|an|the|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)$/iu;

/** "in a week", "within two days", "after a week": read as a day ahead, unless "of …" follows ("after a week of storms"). */
const SPAN_OF_TIME = /^(?:in|within|after)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?|hours?)$/iu;

/** @example resolveDates(doc of 'on December 23', { published: '2024-12-24' }) → [{ date: '2024-12-23', implied: ['year'] }] */
export function resolveDates(doc: Doc, context: Context): DateMention[] {
  const published = context.published ?? doc.published;
  // without a publication date only fully written dates are kept, so the reference is never read into one
  const instant = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const reference = { instant, timezone: 'UTC' };
  const dates: DateMention[] = [];
  // Whole-text passes find the sentences worth a chrono call (named or relative dates) or a year.
  const chronoAt = hintPositions(doc.text, DATE_NAME_ALL, DATEISH_ALL);
  const yearAt = hintPositions(doc.text, YEAR_HINT);
  let c = 0;
  let y = 0;
  for (const sentence of doc.sentences) {
    while (c < chronoAt.length && chronoAt[c]! < sentence.start) c++;
    while (y < yearAt.length && yearAt[y]! < sentence.start) y++;
    const wantsChrono = c < chronoAt.length && chronoAt[c]! < sentence.end;
    if (!wantsChrono && !(y < yearAt.length && yearAt[y]! < sentence.end)) continue;
    const slice = doc.text.slice(sentence.start, sentence.end);
    const found: DateMention[] = [];
    for (const parsed of wantsChrono ? parseDates(slice.replace(HOUR_24, '  '), reference) : []) {
      // "in December, 64 percent": chrono reads a figure after a comma as a two-digit year.
      const cut = /^(.*?\p{L}\.?),\s*\d{1,2}$/u.exec(parsed.text);
      // "the toll rose to 23 on Thursday": chrono reads a figure before a weekday as an hour; a time is written with a colon or am/pm
      const hour = cut ? null : BARE_HOUR.exec(parsed.text);
      // either way, the part chrono should have read is parsed again, at its place in the sentence
      const reread = (from: number, to: number): chrono.ParsedResult | undefined =>
        parseDates(parsed.text.slice(from, to), reference).map((r) => Object.assign(r, { index: parsed.index + from + r.index }))[0];
      const result = cut ? reread(0, cut[1]!.length) : hour ? reread(hour[0].length, parsed.text.length) : parsed;
      if (!result) continue;
      const text = result.text.trim().replace(/[\s,;:]+$/u, '');
      // "USA TODAY", "SAT": capitals are names, not dates.
      if (/^[A-Z]{3,}$/u.test(text)) continue;
      if (NOT_A_DATE.test(text) || LOWERCASE_WORD.test(text)) continue;
      const precision = precisionOf(result);
      if (precision === 'time') continue;
      const start = sentence.start + result.index + (result.text.length - result.text.trimStart().length);
      // "detained in a week of protests", "within two days of the vote": a length of time, not a day
      if (SPAN_OF_TIME.test(text) && /^\s+of\b/iu.test(doc.text.slice(start + text.length, start + text.length + 4))) continue;
      // "a day after the earthquake struck": counted from an event, not from the day of publication
      if (FROM_AN_EVENT.test(text)) continue;
      const relative = RELATIVE.test(text);
      const implied = (['year', 'month', 'day'] as const).filter((part) => (relative || !result.start.isCertain(part)) && (precision === 'day' || precision === 'range' || precision === 'week' || (precision === 'month' && part !== 'day') || (precision === 'year' && part === 'year')));
      // with no day of publication, a date that needs one is not known
      if (!published && implied.length > 0) continue;
      const shift = !relative && !result.start.isCertain('year') && result.start.date().getTime() - instant.getTime() > FUTURE_LIMIT_MS ? -1 : 0;
      const days = precision === 'day' ? weekdayShiftDays(result, slice, instant) : 0;
      // Relative expressions ("yesterday", "last week") take every part from the reference date.
      found.push({
        id: '', start, end: start + text.length,
        date: formatDate(result.start, precision === 'range' ? (result.start.isCertain('day') ? 'day' : result.start.isCertain('month') ? 'month' : 'year') : precision === 'week' ? 'day' : precision, shift, days),
        ...(result.end ? { end_date: formatDate(result.end, result.end.isCertain('day') ? 'day' : result.end.isCertain('month') ? 'month' : 'year', shift) } : {}),
        precision, implied, rule: `dates/${[...result.tags()].find((t) => t.startsWith('parser/'))?.slice(7) ?? 'relative'}`,
      });
    }
    found.push(...yearMentions(doc.text, sentence, found));
    dates.push(...found.sort((a, b) => a.start - b.start));
  }
  return dates.map((d, i) => ({ ...d, id: `d${i}` }));
}
