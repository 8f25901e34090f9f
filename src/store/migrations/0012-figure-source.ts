/**
 * Whose figure a figure's own words say it is ("the police figure of 42,000" in the ministry's
 * statement) is stored with it, so the trail sets it against that source's figures. Figures
 * stored before have none until re-ingested: they stay their claim's source's, as before.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quantities').addColumn('figure_source', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('quantities').dropColumn('figure_source').execute();
}
