/**
 * The country of a capital, as place keys ("dhaka" → "bangladesh"), from countries-list's reviewed
 * data: outlets name a story's place at different levels ("near Dhaka", "in Bangladesh"), and a
 * capital lies in its country whatever the sentences say.
 */
import { countries } from 'countries-list';
import { placeKey } from './series-keys.js';

/** Capitals whose country is itself what is disputed in the news: no evidence either way. */
const DISPUTED = new Set(['jerusalem']);

let table: Map<string, string> | undefined;

/** The place key of the country whose capital has place key `key`, or undefined. */
export function countryOfCapital(key: string): string | undefined {
  if (!table) {
    table = new Map();
    for (const { name, capital } of Object.values(countries)) {
      const city = placeKey(capital.replace(/\s+D\.C\.$/u, ''));
      const country = placeKey(name);
      // "Singapore", "Kuwait": a city-state's capital is the country's own name
      if (city && country && city !== country && !DISPUTED.has(city)) table.set(city, country);
    }
  }
  return table.get(key);
}
