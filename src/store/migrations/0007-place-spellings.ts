/**
 * "Kiev" and "Kyiv", "Russian Federation" and "Russia" are one place (series-keys.ts: placeKey,
 * lexicons/places.ts: placeSpellings and countryAliases): figures stored before that rule get the
 * key of the place's one spelling, so they join its series.
 */
import { sql, type Kysely } from 'kysely';
import { countryAliases, placeSpellings } from '../../lexicons/places.js';
import { foldText } from '../../trail/fold-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pairs = [
    ...placeSpellings.flatMap((p) => p.spellings.map((v) => [v, p.id] as const)),
    ...Object.entries(countryAliases).map(([alias, country]) => [foldText(alias).replace(/[^\p{L}\p{N}' -]+/gu, ''), foldText(country)] as const),
  ].filter(([from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([from, to]) => sql`(${from}, ${to})`));
  await sql`UPDATE quantities AS q SET place_key = m.key FROM (VALUES ${values}) AS m(spelling, key) WHERE q.place_key = m.spelling`.execute(db);
}

/** The spelling is still in place_text: nothing to undo in the key that a new save would not redo. */
export async function down(): Promise<void> {}
