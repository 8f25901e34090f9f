/**
 * Words of a crowd's mood ("furious protesters") say nothing of who is counted
 * (lexicons/trail-subjects.ts: MOOD_WORDS). Figures stored before get the key their stored subject
 * text gives now, so "half a million furious protesters" joins the crowd's series.
 */
import type { Kysely } from 'kysely';
import { MOOD_WORDS } from '../../lexicons/trail-subjects.js';
import { rekeySubjectsMatching } from './rekey.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeySubjectsMatching(db, `(${MOOD_WORDS.join('|')})`);
}

/** The subject text is kept: nothing to undo that a new save would not redo. */
export async function down(): Promise<void> {}
