/**
 * "…, Reuters reported, citing the coast guard": a claim an outlet relays keeps the outlet as its
 * source and stores the one it cites as its origin, on whose word the figure trail places it.
 * Claims stored before have no origin: their figures keep their source until re-ingested.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('origin_text', 'text').execute();
  await db.schema.alterTable('claims').addColumn('origin_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').dropColumn('origin_entity_id').execute();
  await db.schema.alterTable('claims').dropColumn('origin_text').execute();
}
