/**
 * "customers" of a utility and "homes and businesses" are one group in an outage count
 * (lexicons/trail-subjects.ts: subject/power-customers). Figures stored before get the key their
 * stored subject text gives now, so old and new rows share their series.
 */
import type { Kysely } from 'kysely';
import { rekeySubjectsMatching } from './rekey.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeySubjectsMatching(db, '(customer|homes and businesses|households and businesses)');
}

/** The subject text is kept: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
