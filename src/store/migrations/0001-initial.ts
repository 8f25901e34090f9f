import { sql, type Kysely } from 'kysely';

/** Articles, linked entities, claims, figures, dates and framing; full-text search on articles and claims. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('published', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('doc', 'jsonb', (c) => c.notNull())
    .addColumn('ingested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, '') || ' ' || text)`).stored(),
    )
    .execute();
  await db.schema.createIndex('articles_search').on('articles').using('gin').column('search').execute();
  await db.schema.createIndex('articles_published').on('articles').column('published').execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('entity_names')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('entity_names_pk', ['type', 'key'])
    .execute();
  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'doc_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity').on('article_entities').column('entity_id').execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text')
    .addColumn('source_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('cue_text', 'text')
    .addColumn('content_text', 'text', (c) => c.notNull())
    .addColumn('unsourced', 'boolean', (c) => c.notNull())
    .addColumn('status', 'jsonb', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('english', coalesce(source_text, '') || ' ' || content_text)`).stored(),
    )
    .addUniqueConstraint('claims_doc_id', ['article_id', 'doc_id'])
    .execute();
  await db.schema.createIndex('claims_search').on('claims').using('gin').column('search').execute();
  await db.schema.createIndex('claims_source_entity').on('claims').column('source_entity_id').execute();

  await db.schema
    .createTable('quantities')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'integer', (c) => c.references('claims.id').onDelete('set null'))
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('lower', 'double precision')
    .addColumn('upper', 'double precision')
    .addColumn('lower_inclusive', 'boolean', (c) => c.notNull())
    .addColumn('upper_inclusive', 'boolean', (c) => c.notNull())
    .addColumn('bound', 'text', (c) => c.notNull())
    .addColumn('approximate', 'boolean', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('categories', 'jsonb', (c) => c.notNull())
    .addColumn('subject_text', 'text')
    .addColumn('place_text', 'text')
    .addColumn('category_key', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('place_key', 'text', (c) => c.notNull())
    .addColumn('refers_to', 'text')
    .addColumn('status', 'jsonb', (c) => c.notNull())
    .addColumn('sentence_start', 'integer', (c) => c.notNull())
    .addColumn('sentence_end', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addUniqueConstraint('quantities_doc_id', ['article_id', 'doc_id'])
    .execute();
  await db.schema.createIndex('quantities_series').on('quantities').columns(['category_key', 'subject_key']).execute();

  await db.schema
    .createTable('dates')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dates_pk', ['article_id', 'doc_id'])
    .execute();

  await db.schema
    .createTable('framing')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('neutral', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('framing_article').on('framing').column('article_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['framing', 'dates', 'quantities', 'claims', 'article_entities', 'entity_names', 'entities', 'articles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
