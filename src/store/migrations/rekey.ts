/**
 * For migrations that change how a series key is computed: each distinct stored key of `column` is
 * read once, and the rows whose key now reads otherwise get the new key, in one UPDATE.
 */
import { sql, type Kysely } from 'kysely';
import { subjectKey } from '../../trail/series-keys.js';

export async function rekeyQuantities(db: Kysely<unknown>, column: 'category_key' | 'subject_key' | 'place_key', key: (stored: string) => string): Promise<void> {
  const stored = await sql<{ key: string }>`SELECT DISTINCT ${sql.ref(column)} AS key FROM quantities WHERE ${sql.ref(column)} <> ''`.execute(db);
  const pairs = stored.rows.map((r) => [r.key, key(r.key)] as const).filter(([from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([from, to]) => sql`(${from}, ${to})`));
  await sql`UPDATE quantities AS q SET ${sql.ref(column)} = m.key FROM (VALUES ${values}) AS m(stored, key) WHERE q.${sql.ref(column)} = m.stored`.execute(db);
}

/**
 * For migrations that add a subject alias: stored subjects whose text matches `pattern` (a
 * Postgres regex, case-insensitive) get the key their text gives now, in one UPDATE.
 */
export async function rekeySubjectsMatching(db: Kysely<unknown>, pattern: string): Promise<void> {
  const stored = await sql<{ text: string; key: string }>`
    SELECT DISTINCT subject_text AS text, subject_key AS key FROM quantities WHERE subject_text ~* ${pattern}`.execute(db);
  const pairs = stored.rows.map((r) => [r.text, r.key, subjectKey(r.text)] as const).filter(([, from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([text, from, to]) => sql`(${text}, ${from}, ${to})`));
  await sql`UPDATE quantities AS q SET subject_key = m.key FROM (VALUES ${values}) AS m(text, stored, key) WHERE q.subject_text = m.text AND q.subject_key = m.stored`.execute(db);
}
