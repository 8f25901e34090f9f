/**
 * "Kiev" and "Kyiv", "Russian Federation" and "Russia" are one place (series-keys.ts: placeKey,
 * lexicons/places.ts: placeSpellings and countryAliases): figures stored before that rule get the
 * key of the place's one spelling, so they join its series. A stored key read again by placeKey
 * is that key now (its other steps leave a key as it is).
 */
import type { Kysely } from 'kysely';
import { placeKey } from '../../trail/series-keys.js';
import { rekeyQuantities } from './rekey.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyQuantities(db, 'place_key', placeKey);
}

/** The spelling is still in place_text: nothing to undo in the key that a new save would not redo. */
export async function down(): Promise<void> {}
