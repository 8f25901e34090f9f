/**
 * Units written around a numeral: currency symbols and words, percent, ages and points.
 * Widens the span to cover the unit ("$5 million", "40%", "40 percent").
 */
import type { Span } from '../../model/doc.js';
import { nameKind } from '../../nlp/name-lexicon.js';

const CURRENCY_BEFORE = /(?:US\$|C\$|A\$|\$|€|£|¥|₴|₽|USD\s?|EUR\s?|GBP\s?)$/u;
const CURRENCY_NAME: Record<string, string> = { $: 'USD', 'US$': 'USD', 'USD': 'USD', 'C$': 'CAD', 'A$': 'AUD', '€': 'EUR', 'EUR': 'EUR', '£': 'GBP', 'GBP': 'GBP', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB' };
/** Measure words glued after a number ("a nine-storey block", "a three-day truce"): the figure modifies a noun. */
const MEASURES = new Set(['storey', 'magnitude', 'floor', 'day', 'week', 'month', 'year', 'hour', 'minute', 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'ton', 'tonne', 'lane', 'room', 'bedroom', 'seat']);

/** Lengths of time and distance, areas and weights written after a number ("after 15 hours", "30 km from the front", "18,000 acres"): they count nobody. */
const SPANS = ['seconds?', 'minutes?', 'hours?', 'days?', 'nights?', 'weeks?', 'months?', 'years?', 'decades?', 'kilometres?', 'kilometers?', 'km', 'miles?', 'metres?', 'meters?',
  // areas and weights: "burned 18,000 acres", "40 tonnes of aid"
  'acres?', 'hectares?', 'square\\s+(?:kilometres?|kilometers?|miles?|metres?|meters?)', 'sq\\s?(?:km|mi)', 'tons?', 'tonnes?'];
const AFTER = new RegExp(`^(?:\\s?(%)|\\s?(per\\s?cent|percent|percentage\\s+points?|pct)\\b|\\s(points?)\\b|\\s(dollars|euros|pounds|hryvnias?|rubles?|roubles?|yuan|cents|times)\\b|(-year-old|\\s+years?\\s+old)\\b|-(${[...MEASURES, 'story'].join('|')})\\b|\\s(${SPANS.join('|')})\\b(?!-)|\\s(magnitude)\\b)`, 'iu');
/** "a magnitude 6.4 earthquake", "magnitude-7.1": a strength, not a count. */
const MAGNITUDE_BEFORE = /\bmagnitude[\s-]$/iu;
const AFTER_UNIT: Record<string, string> = { '%': 'percent', percent: 'percent', 'per cent': 'percent', percentcent: 'percent', pct: 'percent', dollars: 'USD', euros: 'EUR', pounds: 'GBP' };

/** Whether a figure in `unit` counts no people or things reported: an age, a sum of money, a multiplier ("eight times higher"), a measure modifying a noun. */
export function countsNothing(unit: string | undefined): boolean {
  return unit === 'years of age' || unit === 'cents' || unit === 'times' || unit === 'magnitude' || /^[A-Z]{3}$/u.test(unit ?? '') || MEASURES.has(unit ?? '') || SPAN_UNITS.has(unit ?? '');
}

/** Units of area, as findUnit names them: a fire's "8,000 acres" (quantities/area.ts). */
export const AREA_UNITS: ReadonlySet<string> = new Set(['acre', 'hectare', 'square kilometre', 'square kilometer', 'square mile', 'square metre', 'square meter', 'sq km', 'sq mi']);

const SPAN_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'kilometre', 'kilometer', 'km', 'mile', 'metre', 'meter',
  ...AREA_UNITS, 'ton', 'tonne']);

export interface UnitMatch extends Span {
  readonly unit: string;
}

/** "ranged in age from 16 to 74", "aged 16", "between the ages of 16 and 74": the figure is an age. */
const AGE_BEFORE = /\b(?:aged|ages|in\s+age|between\s+the\s+ages\s+of|at\s+the\s+age\s+of)\s+(?:(?:from|between|over|under|above|below)\s+)?$/iu;

/** "Ana Roe, 34, said", "said Ahmed, 7, whose …": a name, a comma, then the age (not after a list's number: "Ohio, 18, Iowa, 6"). */
const NAME_AND_COMMA = /(?<!\d,?\s*)\b(\p{Lu}[\p{Ll}'’-]+),\s$/u;
const NOT_A_PERSON: ReadonlySet<string | undefined> = new Set(['country', 'place', 'organization', 'demonym', 'demonym-plural', 'month', 'weekday']);

/** Whether `span` is an age set off by commas after a person's name; a word the name lexicon knows as a place, a body or a month is none. */
function isAgeAfterName(text: string, span: Span): boolean {
  if (span.end - span.start > 2 || !/^\d+$/u.test(text.slice(span.start, span.end)) || !/^,\s/u.test(text.slice(span.end, span.end + 2))) return false;
  const name = NAME_AND_COMMA.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  return !!name && !NOT_A_PERSON.has(nameKind(name));
}

/** The unit around `span` in `text` (document offsets), or null. */
export function findUnit(text: string, span: Span): UnitMatch | null {
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, span.start - 4), span.start));
  const after = AFTER.exec(text.slice(span.end, span.end + 24));
  let start = span.start;
  let end = span.end;
  let unit: string | undefined;
  if (before) {
    start = span.start - before[0].length;
    unit = CURRENCY_NAME[before[0].trim()] ?? 'currency';
  } else if (MAGNITUDE_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))) {
    unit = 'magnitude';
  } else if (AGE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) {
    unit = 'years of age';
  }
  if (after) {
    // a length of time or distance is named, not part of the figure's wording ("after 15 hours")
    if (!after[7] && !after[8]) end = span.end + after[0].length;
    const word = (after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5] ?? after[6] ?? after[7] ?? after[8] ?? '').toLowerCase().replace(/\s+/gu, ' ');
    if (after[5]) unit = 'years of age';
    else if (after[7]) unit = word.replace(/s$/u, '');
    else if (after[8]) unit = 'magnitude';
    else if (after[6]) unit = word === 'story' ? 'storey' : word;
    else if (/^percentage point|^point/u.test(word)) unit = 'percentage points';
    else if (/^per ?cent|^percent/u.test(word)) unit = 'percent';
    else if (/^hryvn/u.test(word)) unit = 'UAH';
    else if (/^r[o]?ub/u.test(word)) unit = 'RUB';
    else if (word === 'yuan') unit = 'CNY';
    else unit = unit ?? AFTER_UNIT[word] ?? word;
  }
  if (!unit && isAgeAfterName(text, span)) unit = 'years of age';
  return unit ? { start, end, unit } : null;
}
