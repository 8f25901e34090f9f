/**
 * The one adapter over @microsoft/recognizers-text-number. Its quirks, fixed here:
 * - `end` is inclusive; we return end-exclusive offsets into the caller's text;
 * - "half a million" parses as 2E-06, so fractions of a scale word are parsed by us;
 * - it is slow on long text, so it only sees short runs of number-like words found by one
 *   precompiled regex (a sentence without a digit or number word never reaches it).
 * Ranges ("40-50") come back as two numbers; combining them is the caller's job.
 */
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import type { Span } from '../model/doc.js';

export interface Numeral extends Span {
  readonly value: number;
  /** The written form, e.g. "3 thousand". */
  readonly text: string;
}

const UNITS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "lakh" (100,000) and "crore" (10 million): how South Asian outlets write large counts ("1.5 lakh people"). */
const SCALES = 'hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?|k|m|bn|mln|tn';
const WORD = `(?:${UNITS}|${SCALES}|half|quarter|a|an|and)`;
/** Single number words, looked up directly: most spelled numbers in news are one word. */
const WORD_VALUE = new Map(UNITS.split('|').map((w, i) => [w, i <= 20 ? i : (i - 18) * 10]));
/** A run: starts with a digit or a unit word, continues with digits, number words, hyphens. */
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}_.])(?:\\d+(?:[,.]\\d+)*|(?:${UNITS}|half)\\b|an?\\s+(?:half|quarter|dozen|hundred|thousand|million|billion|trillion)\\b)(?:(?:[\\s-]+|(?<=\\d))(?:\\d+(?:[,.]\\d+)*|${WORD}\\b))*`,
  'giu',
);
/** Tested on lowercased text without /i or /u: V8 runs such word alternations several times faster. */
const HAS_NUMBER_WORD = new RegExp(`\\b(?:${UNITS}|dozen|half|hundred|thousand|million|billion|trillion)\\b`);
const FRACTION = /\b(half|a\s+half|a\s+quarter|quarter|three\s+quarters)\s+(?:of\s+)?an?\s+(million|billion|trillion|thousand|dozen)\b|\b(half)[\s-](dozen)\b/giu;
/** "two-thirds", "a third", "one-fifth": a share, parsed by us (Recognizers reads "two" alone). */
const SHARE = /\b(a|one|two|three|four)[\s-](thirds?|quarters?|fifths?|tenths?)\b/giu;
const SHARE_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const SHARE_DENOMINATOR: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };
const DIGITS = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+|\\d+(?:\\.\\d+)?|\\d+,\\d{1,2}(?=\\s?(?:k|m|mn|mln|bn|thousand|million|billion)\\b))';
/** "3,000", "1.2", or two of them joined by a dash ("40-50"). */
const PLAIN = new RegExp(`^${DIGITS}(?:\\s?[-–]\\s?${DIGITS})?$`, 'u');
/** "2.5bn", "3k", "$5m": a digit with a short scale suffix. */
const SUFFIXED = /^(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|mln|bn|b|tn|thousand|million|billion|trillion|lakhs?|crores?)$/iu;
const SUFFIX_VALUE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };
const SCALE_VALUE: Record<string, number> = { dozen: 12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };
const FRACTION_VALUE: Record<string, number> = { half: 0.5, 'a half': 0.5, 'a quarter': 0.25, quarter: 0.25, 'three quarters': 0.75 };

/** Bare "half" as a share: "half said so", "more than half of voters"; not "half an hour", "first half". */
const HALF = /\bhalf\b/giu;
/** "four-and-a-half", "2 and a half". */
const AND_A_HALF = new RegExp(`\\b(\\d+|${UNITS})[\\s-]+and[\\s-]+a[\\s-]+half\\b`, 'giu');
const HALF_AFTER = /^\s+(?:of|said|say|says|have|has|are|were|think|thinks|believe|support|supported|back|backed|oppose|opposed|agree|agreed)\b/iu;
const HALF_CUE_BEFORE = /\b(?:than|least|nearly|almost|about|around|roughly|over|under|just|some|only)\s+$/iu;

type Model = ReturnType<NumberRecognizer['getNumberModel']>;
let model: Model | undefined;
function numberModel(): Model {
  model ??= new NumberRecognizer(Culture.English).getNumberModel();
  return model;
}

/** True when `text` may contain a numeral: the cheap test before any parsing. */
/** One pass over a whole (lowercased) document: where digits and number words are. */
export const NUMBER_HINT = new RegExp(`\\d|\\b(?:${UNITS}|dozens?|half|hundreds?|thousands?|millions?|billions?|trillion|scores|handful|few|couple)\\b`, 'g');

export function mayHaveNumber(text: string): boolean {
  return /\d/.test(text) || HAS_NUMBER_WORD.test(text.toLowerCase());
}

/**
 * The value of digits as outlets write them. Outlets translating from European languages group
 * thousands with dots and write decimals with a comma: "3.000 soldiers" is 3000 (a decimal is
 * not written with trailing zeros, nor with two dots: "1.200.000"), "12,5 thousand" is 12.5
 * thousand (a thousands comma is followed by three digits).
 */
export function digitValue(digits: string): number {
  if (/^\d{1,3}(?:\.\d{3}){2,}$/u.test(digits) || /^\d{1,3}\.\d{2}0$/u.test(digits)) return Number(digits.replace(/\./gu, ''));
  if (/^\d+,\d{1,2}$/u.test(digits)) return Number(digits.replace(',', '.'));
  return Number(digits.replace(/,/gu, ''));
}

/** Drops trailing spaces, commas, dots and hyphens; a loop, as `/[\s,.-]+$/` is quadratic on long runs of them. */
function trimSeparatorsEnd(run: string): string {
  let end = run.length;
  while (end > 0 && /[\s,.-]/u.test(run[end - 1]!)) end--;
  return run.slice(0, end);
}

/**
 * Every cardinal numeral in `text`, offsets relative to `text`.
 * @example findNumerals('exceeds 3 thousand people') → [{ start: 8, end: 18, value: 3000, text: '3 thousand' }]
 */
export function findNumerals(text: string): Numeral[] {
  if (!mayHaveNumber(text)) return [];
  const found: Numeral[] = [];
  const taken: Span[] = [];
  const lower = text.toLowerCase();
  const hasHalf = lower.includes('half');
  const hasShare = hasHalf || /quarter|third|fifth|tenth/.test(lower);
  FRACTION.lastIndex = hasShare ? 0 : text.length;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const value = FRACTION_VALUE[(m[1] ?? m[3]!).toLowerCase().replace(/\s+/gu, ' ')]! * SCALE_VALUE[(m[2] ?? m[4]!).toLowerCase()]!;
    found.push({ start: m.index, end: m.index + m[0].length, value, text: m[0] });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  SHARE.lastIndex = hasShare ? 0 : text.length;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    // "a third" needs a following "of" or a figure context; "a third term" is an ordinal.
    if (m[1]!.toLowerCase() === 'a' && !/^\s+of\b/iu.test(text.slice(m.index + m[0].length))) continue;
    const singular = m[2]!.toLowerCase().replace(/s$/u, '');
    const value = SHARE_COUNT[m[1]!.toLowerCase()]! / SHARE_DENOMINATOR[singular]!;
    found.push({ start: m.index, end: m.index + m[0].length, value, text: m[0] });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  AND_A_HALF.lastIndex = hasHalf ? 0 : text.length;
  for (let m = AND_A_HALF.exec(text); m; m = AND_A_HALF.exec(text)) {
    const whole = /^\d/u.test(m[1]!) ? Number(m[1]) : WORD_VALUE.get(m[1]!.toLowerCase());
    if (whole === undefined) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: whole + 0.5, text: m[0] });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  HALF.lastIndex = hasHalf ? 0 : text.length;
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    const span = { start: m.index, end: m.index + 4 };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    if (!HALF_AFTER.test(text.slice(span.end)) && !HALF_CUE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
    if (/\b(?:first|second|last|other|a|the|in)\s+$/iu.test(text.slice(Math.max(0, span.start - 8), span.start))) continue;
    found.push({ ...span, value: 0.5, text: m[0] });
    taken.push(span);
  }
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // A run may end on "a"/"and" that belongs to the next words ("$75billion a year").
    const run = trimSeparatorsEnd(m[0].replace(/(?:[\s-]+(?:a|an|and))+$/iu, ''));
    if (!/\d|[a-z]{3}/iu.test(run) || /^(?:a|an|and|half)$/iu.test(run)) continue;
    if (taken.some((t) => t.start < m!.index + run.length && m!.index < t.end)) continue;
    // "an hour and a half": the half of something that is not a number.
    if (/^an?\s+(?:half|quarter)$/iu.test(run) && /\band\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // "21st", "3D", "F16a": digits glued to letters are ordinals or names, not counts.
    if (/^[a-z]/iu.test(text.slice(m.index + m[0].length)) && /\d$/u.test(m[0])) continue;
    // "G1⁄4len": a fraction slash after a digit is mojibake or a typed fraction, not a count.
    if (/^⁄/u.test(text.slice(m.index + m[0].length))) continue;
    // Fast path: plain digits ("3,000", "1.2", "40-50") need no recognizer, which costs ~0.5 ms a call.
    const plain = PLAIN.exec(run);
    if (plain) {
      for (const part of [plain[1], plain[2]]) {
        if (part === undefined) continue;
        const start = m.index + (part === plain[1] ? 0 : run.lastIndexOf(part));
        found.push({ start, end: start + part.length, value: digitValue(part), text: part });
      }
      continue;
    }
    const single = WORD_VALUE.get(run.toLowerCase());
    if (single !== undefined) {
      found.push({ start: m.index, end: m.index + run.length, value: single, text: run });
      continue;
    }
    const suffixed = SUFFIXED.exec(run);
    if (suffixed) {
      const value = digitValue(suffixed[1]!) * SUFFIX_VALUE[suffixed[2]!.toLowerCase()]!;
      found.push({ start: m.index, end: m.index + run.length, value, text: run });
      continue;
    }
    for (const r of numberModel().parse(run)) {
      const value = Number((r.resolution as { value?: string }).value);
      if (!Number.isFinite(value)) continue;
      const start = m.index + r.start;
      // Recognizers' end is inclusive.
      const end = m.index + r.end + 1;
      found.push({ start, end, value, text: text.slice(start, end) });
    }
  }
  // A numeral past what a double holds ("10^400", 5,000 nines) is no reported figure: JSON would write null.
  return found.filter((n) => Number.isFinite(n.value)).sort((a, b) => a.start - b.start);
}
