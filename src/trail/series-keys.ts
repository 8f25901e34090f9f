/**
 * The three keys that decide whether two figures measure the same thing: what is counted
 * (categories), who (subject) and where (place). Computed at ingest and stored, so a series
 * query is an index lookup.
 */
import { GENERIC_GROUP_NOUNS, PLACE_SUFFIXES, SUBJECT_ALIASES } from '../lexicons/trail-subjects.js';
import { foldText } from './fold-text.js';
import { escapeRegExp } from '../pipeline/quantities/word-pattern.js';
import { CURRENT_COUNTS, RUNNING_TOTALS } from '../lexicons/categories.js';
import { COMPASS_WORD, countryAliases, placeSpelling } from '../lexicons/places.js';

/**
 * Sorted, de-duplicated categories: "wounded, killed" and "killed, wounded" are one measure, and
 * so are words outlets use for the same people (SAME_MEASURE).
 */
export function categoryKey(categories: readonly string[]): string {
  return [...new Set(categories.map((c) => SAME_MEASURE[foldText(c)] ?? foldText(c)).filter(Boolean))].sort().join('+');
}

/**
 * "killed or injured" and "killed or wounded"; "37 people were arrested" and "37 people were detained"
 * after a protest (the words are used for the same count); "45,000 protesters" and "45,000 people took part".
 */
const SAME_MEASURE: Readonly<Record<string, string>> = { injured: 'wounded', arrested: 'detained', protesters: 'participants' };

/** Whether figures of these categories are running totals ("killed", "killed+wounded"): a later count is higher, never lower. */
export function isRunningTotal(categories: readonly string[]): boolean {
  return categories.length > 0 && categories.every((c) => RUNNING_TOTALS.has(c));
}

/** Whether a figure counts people as they stand on the day ("40 still missing"): later days' counts may be lower or higher. */
export function isCurrentCount(categories: readonly string[]): boolean {
  return categories.length > 0 && categories.every((c) => CURRENT_COUNTS.has(c));
}

// Longest alias first so "north korean" wins over "korean"-like shorter names.
const aliasEntries = SUBJECT_ALIASES.flatMap((a) => a.names.map((name): { name: string; key: string } => ({ name, key: a.key }))).sort(
  (x, y) => y.name.length - x.name.length,
);
const aliasPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliasEntries.map((a) => escapeRegExp(a.name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const aliasKey = new Map<string, string>(aliasEntries.map((a) => [a.name, a.key]));
/** Words of who is counted that say nothing of who: counting words, articles, "and". */
export const genericWords: ReadonlySet<string> = new Set<string>(GENERIC_GROUP_NOUNS.map((g) => g.word));

/**
 * Who is counted, as a key: known group names collapse to one key, generic nouns drop out,
 * remaining words are singularised and sorted.
 * @example subjectKey('DPRK military') === subjectKey('North Korean soldiers') // 'north-korea'
 */
export function subjectKey(subject: string | null | undefined): string {
  if (!subject) return '';
  const groups: string[] = [];
  const rest = foldText(subject).replace(aliasPattern, (name) => {
    groups.push(aliasKey.get(name) ?? name);
    return ' ';
  });
  const words = rest
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !genericWords.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set([...groups, ...words])].sort().join('+');
}

/**
 * Who a figure is on the word of, as a key, for a source phrase linked to no entity: its spelling
 * without a leading article or trailing comma, so "the health department" and "Health Department"
 * are one source. Other words stay: "Russian officials" and "Ukrainian officials" are two.
 */
export function sourcePhraseKey(phrase: string): string {
  return withoutTrailingMarks(foldText(phrase).replace(/^(?:the|a|an)\s+/u, ''));
}

/** A source phrase without the comma or colon that closes it ("The official, who asked not to be named,"), as PolNeAR-style phrases keep. */
export const withoutTrailingMarks = (phrase: string): string => phrase.replace(/[\s,;:]+$/u, '');

const COMPASS_PART = new RegExp(`^${COMPASS_WORD}\\s+(?=\\S)`, 'u');

/** A place key without a compass part before the place's own ("eastern turkey" → "turkey"); the key itself when it has none. */
export const withoutCompass = (key: string): string => key.replace(COMPASS_PART, '');

const suffixPattern = new RegExp(`\\s(?:${PLACE_SUFFIXES.map((p) => escapeRegExp(p.word)).join('|')})(?:\\s.*)?$`, 'u');

/**
 * Where, as a key: "the Kursk region of the Russian Federation", "Russia's Kursk region", "Kursk
 * Oblast" and "Kursk" are one place.
 */
export function placeKey(place: string | null | undefined): string {
  if (!place) return '';
  const key = foldText(place)
    .replace(/^(?:in|at|near|the)\s+/u, '')
    .replace(/^the\s+/u, '')
    // "Russia's Kursk region": the owner before the place is no part of its name
    .replace(/^[\p{L}.-]+(?:\s[\p{L}.-]+)?['’]s\s+(?=\p{L})/u, '')
    .replace(suffixPattern, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, '')
    .trim();
  // "Kiev" and "Kyiv", "Russian Federation" and "Russia", "U.S." and "United States": one place
  const country = countryAliases[key];
  return placeSpelling(key) ?? (country ? foldText(country) : key);
}
