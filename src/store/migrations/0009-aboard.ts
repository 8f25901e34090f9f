/**
 * "passengers", "people on board" and "passengers and crew" are one group, those aboard, apart from
 * people on the ground (lexicons/trail-subjects.ts: subject/aboard). "passengers" was a generic
 * word before, so such figures were stored with no subject key: they get the key their stored
 * subject text gives now, so old and new rows share their series.
 */
import { sql, type Kysely } from 'kysely';
import { subjectKey } from '../../trail/series-keys.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const stored = await sql<{ text: string; key: string }>`
    SELECT DISTINCT subject_text AS text, subject_key AS key FROM quantities
    WHERE subject_text ~* '(passenger|on ?board|aboard|on the ground)'`.execute(db);
  const pairs = stored.rows.map((r) => [r.text, r.key, subjectKey(r.text)] as const).filter(([, from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([text, from, to]) => sql`(${text}, ${from}, ${to})`));
  await sql`UPDATE quantities AS q SET subject_key = m.key FROM (VALUES ${values}) AS m(text, stored, key) WHERE q.subject_text = m.text AND q.subject_key = m.stored`.execute(db);
}

/** The subject text is kept: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
