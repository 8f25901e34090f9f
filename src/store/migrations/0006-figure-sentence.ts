/**
 * A figure's sentence is stored with it. It was cut out of the article text by SQL `substr`,
 * which counts code points where our offsets count UTF-16 units: after an emoji outside the Basic
 * Multilingual Plane the sentence came out shifted. Cutting it per figure also walked a long
 * article's text from its start each time. Figures stored before keep no sentence text and are
 * cut as before until re-ingested.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quantities').addColumn('sentence_text', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quantities').dropColumn('sentence_text').execute();
}
