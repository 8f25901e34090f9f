/**
 * "Killed or injured" and "killed or wounded" are one measure (series-keys.ts: categoryKey):
 * figures stored before that rule get the key they would get now, so old and new rows share
 * their series.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE quantities SET category_key = (
      SELECT string_agg(k, '+' ORDER BY k COLLATE "C")
      FROM (SELECT DISTINCT CASE WHEN c = 'injured' THEN 'wounded' ELSE c END AS k FROM unnest(string_to_array(category_key, '+')) AS c) AS keys
    )
    WHERE 'injured' = ANY (string_to_array(category_key, '+'))`.execute(db);
}

/** The old keys cannot be told apart from figures that said "wounded": nothing to undo. */
export async function down(): Promise<void> {}
