/**
 * "Kiev" and "Kyiv", "Russian Federation" and "Russia" are one place (series-keys.ts: placeKey,
 * lexicons/places.ts: placeSpellings and countryAliases): figures stored before that rule get the
 * key of the place's one spelling, so they join its series. A stored key read again by placeKey
 * is that key now (its other steps leave a key as it is).
 */
import { sql, type Kysely } from 'kysely';
import { placeKey } from '../../trail/series-keys.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const stored = await sql<{ place_key: string }>`SELECT DISTINCT place_key FROM quantities WHERE place_key <> ''`.execute(db);
  const pairs = stored.rows.map((r) => [r.place_key, placeKey(r.place_key)] as const).filter(([from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([from, to]) => sql`(${from}, ${to})`));
  await sql`UPDATE quantities AS q SET place_key = m.key FROM (VALUES ${values}) AS m(spelling, key) WHERE q.place_key = m.spelling`.execute(db);
}

/** The spelling is still in place_text: nothing to undo in the key that a new save would not redo. */
export async function down(): Promise<void> {}
