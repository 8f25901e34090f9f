/**
 * "Russia's Kursk region" and "Kursk" are one place (series-keys.ts: placeKey): figures stored
 * before that rule lose the owner their place key began with, so they join the place's series.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE quantities SET place_key = regexp_replace(place_key, '^[[:alpha:].-]+( [[:alpha:].-]+)?''s (?=[[:alpha:]])', '')
    WHERE place_key ~ '^[[:alpha:].-]+( [[:alpha:].-]+)?''s [[:alpha:]]'`.execute(db);
}

/** The owner is not kept anywhere else: nothing to undo. */
export async function down(): Promise<void> {}
