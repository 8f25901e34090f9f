/**
 * "19 bodies recovered" and "21 victims" count the dead whoever they were (trail-subjects.ts:
 * GENERIC_GROUP_NOUNS): figures stored before that rule lose those words from their subject key,
 * so they join the toll's series instead of one of their own ("killed · bodies").
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // keys are sorted words joined by "+", singularised: "bodies" was kept as "bodie", "victims" as "victim"
  await sql`
    UPDATE quantities SET subject_key = array_to_string(ARRAY(
      SELECT w FROM unnest(string_to_array(subject_key, '+')) AS w WHERE w NOT IN ('bodie', 'body', 'victim')), '+')
    WHERE subject_key ~ '(^|[+])(bodie|body|victim)([+]|$)'`.execute(db);
}

/** The words are still in subject_text: nothing to undo in the key that a new save would not redo. */
export async function down(): Promise<void> {}
