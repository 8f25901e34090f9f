/**
 * The one adapter over compromise: we use only its reviewed lexicon (first and last names,
 * countries, cities, regions, organisations, demonyms), looked up per word, because running
 * compromise's tagger on whole articles costs ~10x our pipeline.
 */
import nlp from 'compromise';
import { countryAliases, demonyms, majorCities, placeSpellings, usStates, waterAndRegions } from '../lexicons/places.js';

export type NameKind = 'first-name' | 'last-name' | 'person' | 'country' | 'place' | 'organization' | 'demonym' | 'demonym-plural' | 'month' | 'weekday' | 'common';

const TAGS: ReadonlyArray<[RegExp, NameKind]> = [
  [/^(?:MaleName|FemaleName|FirstName)$/u, 'first-name'],
  [/^LastName$/u, 'last-name'],
  [/^Person$/u, 'person'],
  [/^Country$/u, 'country'],
  [/^(?:City|Region|Place)$/u, 'place'],
  [/^Organization$/u, 'organization'],
  [/^Demonym$/u, 'demonym'],
  [/^Month$/u, 'month'],
  [/^WeekDay$/u, 'weekday'],
];

let table: Map<string, NameKind> | undefined;

function build(): Map<string, NameKind> {
  const map = new Map<string, NameKind>();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const [word, raw] of Object.entries(lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.includes('Demonym') && tags.includes('Plural')) {
      map.set(word, 'demonym-plural');
      continue;
    }
    const hit = tags.map((tag) => TAGS.find(([re]) => re.test(tag))).find((h) => h !== undefined);
    // Any other tag marks an ordinary English word ("district", "criminal"), which weakens a name reading.
    map.set(word, hit ? hit[1] : 'common');
  }
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = safeRegionName(regionNames, code);
      if (name && name !== code && !name.includes('&')) map.set(name.toLowerCase(), 'country');
    }
  }
  for (const alias of Object.keys(countryAliases)) map.set(alias, 'country');
  for (const state of usStates) map.set(state.toLowerCase(), 'place');
  for (const city of majorCities) map.set(city.toLowerCase(), 'place');
  for (const name of waterAndRegions) map.set(name.toLowerCase(), 'place');
  // both spellings of a place spelled two ways ("Kharkov" and "Kharkiv"), but not a country's (already there)
  for (const place of placeSpellings) for (const spelling of [place.id, ...place.spellings]) if (!map.has(spelling) || map.get(spelling) === 'common') map.set(spelling, 'place');
  for (const demonym of Object.keys(demonyms)) {
    map.set(demonym, 'demonym');
    map.set(demonym.endsWith('ese') || demonym.endsWith('ish') || demonym.endsWith('ch') ? demonym : `${demonym}s`, 'demonym-plural');
  }
  return map;
}

function safeRegionName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** What the lexicon knows a (possibly multi-word) name to be, case-insensitively. */
export function nameKind(name: string): NameKind | undefined {
  table ??= build();
  return table.get(name.toLowerCase());
}

/** Lower-case particles of surnames ("Anna de Vries", "Ursula von der Leyen", "Bashar al-Assad"): parts of a name, never names. */
export const NAME_PARTICLE = /^(?:de|van|von|der|den|da|di|du|del|della|la|le|al|el|bin|ibn|dos|das|ter)$/u;
