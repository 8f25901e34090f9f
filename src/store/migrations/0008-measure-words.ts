/**
 * "arrested" and "detained", "protesters" and "participants" are one measure (series-keys.ts:
 * categoryKey), and "and" or "protesters" in who is counted says nothing of who ("Russian and North
 * Korean soldiers", "11,000 protesters": lexicons/trail-subjects.ts: GENERIC_GROUP_NOUNS). Figures stored before get the keys they would get now,
 * so old and new rows share their series. Each distinct stored key is read once.
 */
import { sql, type Kysely } from 'kysely';
import { categoryKey, genericWords } from '../../trail/series-keys.js';

async function rekey(db: Kysely<unknown>, column: 'category_key' | 'subject_key', key: (stored: string) => string): Promise<void> {
  const stored = await sql<{ key: string }>`SELECT DISTINCT ${sql.ref(column)} AS key FROM quantities WHERE ${sql.ref(column)} <> ''`.execute(db);
  const pairs = stored.rows.map((r) => [r.key, key(r.key)] as const).filter(([from, to]) => from !== to);
  if (pairs.length === 0) return;
  const values = sql.join(pairs.map(([from, to]) => sql`(${from}, ${to})`));
  await sql`UPDATE quantities AS q SET ${sql.ref(column)} = m.key FROM (VALUES ${values}) AS m(stored, key) WHERE q.${sql.ref(column)} = m.stored`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekey(db, 'category_key', (stored) => categoryKey(stored.split('+')));
  await rekey(db, 'subject_key', (stored) => stored.split('+').filter((w) => !genericWords.has(w)).join('+'));
}

/** The words are still in the categories and subject_text columns: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
