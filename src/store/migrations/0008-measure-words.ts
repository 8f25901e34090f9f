/**
 * "arrested" and "detained", "protesters" and "participants" are one measure (series-keys.ts:
 * categoryKey), and "and" or "protesters" in who is counted says nothing of who ("Russian and
 * North Korean soldiers", "11,000 protesters": lexicons/trail-subjects.ts: GENERIC_GROUP_NOUNS).
 * Figures stored before get the keys they would get now, so old and new rows share their series.
 */
import type { Kysely } from 'kysely';
import { categoryKey, genericWords } from '../../trail/series-keys.js';
import { rekeyQuantities } from './rekey.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyQuantities(db, 'category_key', (stored) => categoryKey(stored.split('+')));
  await rekeyQuantities(db, 'subject_key', (stored) => stored.split('+').filter((w) => !genericWords.has(w)).join('+'));
}

/** The words are still in the categories and subject_text columns: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
