/**
 * "passengers", "people on board" and "passengers and crew" are one group, those aboard, apart from
 * people on the ground (lexicons/trail-subjects.ts: subject/aboard). "passengers" was a generic
 * word before, so such figures were stored with no subject key: they get the key their stored
 * subject text gives now, so old and new rows share their series.
 */
import type { Kysely } from 'kysely';
import { rekeySubjectsMatching } from './rekey.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeySubjectsMatching(db, '(passenger|on ?board|aboard|on the ground)');
}

/** The subject text is kept: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
