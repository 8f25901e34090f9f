/**
 * Numbers that are not figures: years, dates, times of day, phone numbers, "one of the",
 * pronoun "one", labels ("page 5", "Route 66", "Air Force One"), identifiers ("COVID-19",
 * "9/11"), list numbering. Each test returns the rule id that rejects, or null.
 */
import type { Span } from '../../model/doc.js';
import type { Numeral } from '../../nlp/numbers.js';

const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/u;
const TIME_AFTER = /^(?:\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\s?o'clock|:\d\d)/iu;
const TIME_BEFORE = /\d:$/u;
const PHONE = /(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b/gu;
const LABEL_BEFORE = /\b(?:page|pages|p\.|pp\.|section|sections|sec\.|article|articles|chapter|no\.|number|nos\.|#|episode|season|volume|vol\.|route|highway|interstate|i-|room|suite|flight|channel|district|amendment|title|proposition|prop\.|measure|rule|version|level|grade|category|class|platoon|precinct|ward|lot|unit|exhibit|figure|table|step|phase|act|paragraph|clause|question|item|station|gate|terminal|studio|apollo|windows|iphone|galaxy|mark|model|type|stage|division|squad|team|fox|abc|nbc|cbs|wnbc|group\s+of|s&p|s\.&p\.|poor's|poor’s|fortune|g)\s*$/iu;
const IDENTIFIER_BEFORE = /(?:[A-Za-z][-/]|\/|[A-Z]\s?-\s?)$/u;
const IDENTIFIER_AFTER = /^(?:\/\d|-[A-Z]\b|\(\w\)|\.\d)/u;
/** "one" as a pronoun or in idioms, not a count. */
const ONE_BEFORE = /\b(?:no|the|this|that|any|every|each|which|another|a|someone|everyone|anyone|no\s+one|the\s+only)\s+$/iu;
const ONE_AFTER = /^\s*(?:in\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\b)|of\b|-time\b|-on-one\b|-off\b|another\b|'s\b|’s\b|who\b|that\b|which\b|day\b|thing\b|way\b|more\b|time\b|point\b|hand\b|side\b|too\b|else\b|or\s+(?:the\s+)?other\b|by\s+one\b|at\s+a\s+time\b|and\s+the\s+same\b|[,.;:!?)"”]|$|\s+(?:is|was|has|had|can|could|would|will|should|must|does|did|may|might)\b)/iu;
const NAME_BEFORE = /(?<![.!?]\s*)\b[A-Z][a-z]+\s+$/u;
const CUE_WORD_BEFORE = /\b(?:Over|Under|About|Nearly|Almost|Some|More|Around|At|Up|Only|Just|The|All|Another|Roughly|Exactly|Fewer|Less|Least|Most|Than|By|With|To|In|Of|For)\s+$/u;
/** "120 Ruritanian soldiers", "30 Americans": a capitalised word after a count is often a demonym. */
const DEMONYM_AFTER = /^\s+[A-Z][a-z]+(?:ans?|ese|ish|i|s)\b/u;
/** A duration stays a figure even inside a relative date ("in 17 years", "three hours later"). */
const DURATION_AFTER = /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b/iu;
const MONTH_NEAR = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/iu;

/** Why `n` (document offsets) is not a figure, or null when it is one. */
export function rejectNumeral(text: string, n: Numeral, dates: readonly Span[], sentence: Span): string | null {
  const before = text.slice(Math.max(sentence.start, n.start - 24), n.start);
  const after = text.slice(n.end, Math.min(sentence.end, n.end + 24));
  const digits = /^\d/u.test(n.text);
  if (digits && YEAR.test(n.text) && !/[$€£]\s?$/u.test(before) && !/^\s?(?:%|percent|per cent)/iu.test(after)) return 'not-figure/year';
  if (dates.some((d) => d.start <= n.start && n.end <= d.end) && !DURATION_AFTER.test(after)) return 'not-figure/date';
  if (digits && MONTH_NEAR.test(before)) return 'not-figure/date';
  if (digits && (TIME_AFTER.test(after) || TIME_BEFORE.test(before))) return 'not-figure/time-of-day';
  if (digits && LABEL_BEFORE.test(before)) return 'not-figure/label';
  if (digits && (IDENTIFIER_BEFORE.test(before) || IDENTIFIER_AFTER.test(after))) return 'not-figure/identifier';
  if (/^one$/iu.test(n.text)) {
    if (ONE_BEFORE.test(before) || ONE_AFTER.test(after)) return 'not-figure/pronoun-one';
    // "Air Force One", "Channel One": a capitalised number word after a capitalised word is a name.
    if (/^One$/u.test(n.text) && /[A-Z][\w.]*\s+$/u.test(before)) return 'not-figure/name';
  }
  if (!digits && /^[A-Z]/u.test(n.text) && /[A-Z][a-z]+\s+$/u.test(before)) return 'not-figure/name';
  // "top-two", "one-time": a number word glued into a compound word.
  if (!digits && /[A-Za-z]-$/u.test(before)) return 'not-figure/compound';
  // "Under 70 Auto Sales": a number between two capitalised words mid-sentence is part of a name.
  // ...but not in a headline in title case, where every word is capitalised: "Police Say 12 Killed In Blast"
  if (digits && NAME_BEFORE.test(before) && !CUE_WORD_BEFORE.test(before) && /^\s+[A-Z][a-z]+/u.test(after) && !DEMONYM_AFTER.test(after) && !isTitleCased(text.slice(sentence.start, sentence.end))) return 'not-figure/name';
  // "1. First point": list numbering at the start of a line.
  if (digits && /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, n.start - 4), n.start)) && /^[.)]\s/u.test(after)) return 'not-figure/list-number';
  return null;
}

/** Phone number spans in a sentence (document offsets). */
export function phoneSpans(text: string, sentence: Span): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(slice); m; m = PHONE.exec(slice)) spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return spans;
}

/** Whether nearly all words of `sentence` (at least four of four letters or more) start with a capital, as in a headline. */
function isTitleCased(sentence: string): boolean {
  let words = 0, capitals = 0;
  for (const m of sentence.matchAll(/\p{L}{4,}/gu)) {
    words++;
    if (/^\p{Lu}/u.test(m[0])) capitals++;
  }
  return words >= 4 && capitals >= 0.9 * words;
}
