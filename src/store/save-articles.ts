/**
 * Stores analysed articles: one transaction per batch, so a batch is either all stored or not
 * at all; an article already stored under the same key is replaced, never duplicated.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RawArticle } from '../ingest/raw-article.js';
import type { Doc } from '../model/doc.js';
import { toOutput } from '../model/output.js';
import { storeKey } from './article-key.js';
import { linkEntities } from './link-entities.js';
import { claimRow, dateRows, framingRows, quantityRows } from './rows-from-doc.js';
import type { Database } from './schema.js';

export interface AnalysedArticle {
  readonly article: RawArticle;
  readonly doc: Doc;
}

export interface SavedArticle {
  readonly input: string;
  readonly id: number;
  readonly key: string;
  /** False when an article with the same key was already stored and has been updated. */
  readonly created: boolean;
}

export async function saveArticles(db: Kysely<Database>, batch: readonly AnalysedArticle[]): Promise<SavedArticle[]> {
  return db.transaction().execute(async (tx) => {
    const saved: SavedArticle[] = [];
    for (const item of batch) saved.push(await saveOne(tx, item));
    return saved;
  });
}

async function saveOne(tx: Transaction<Database>, { article, doc }: AnalysedArticle): Promise<SavedArticle> {
  const key = storeKey(article);
  const values = {
    key,
    input: article.input,
    url: article.url ?? null,
    title: article.title ?? null,
    outlet: article.outlet ?? null,
    published: doc.published ?? article.published ?? null,
    text: article.text,
    doc: JSON.stringify(toOutput(doc)),
  };
  const row = await tx
    .insertInto('articles')
    .values(values)
    .onConflict((oc) => oc.column('key').doUpdateSet({ ...values, updated_at: sql<string>`now()` }))
    .returning(['id', sql<boolean>`(xmax = 0)`.as('created')])
    .executeTakeFirstOrThrow();
  const articleId = row.id;
  // Replace, not merge: the new analysis is the truth for this article.
  for (const table of ['quantities', 'claims', 'dates', 'framing', 'article_entities'] as const) {
    await tx.deleteFrom(table).where('article_id', '=', articleId).execute();
  }
  const entityIds = await linkEntities(tx, doc.entities);
  const links = doc.entities.map((e) => ({
    article_id: articleId,
    entity_id: entityIds.get(e.id)!,
    doc_id: e.id,
    mentions: e.mentions.length,
    role: e.role ?? null,
  }));
  for (const rows of chunks(links)) await tx.insertInto('article_entities').values(rows).execute();
  const claimIds = new Map<string, number>();
  for (const rows of chunks(doc.claims.map((c) => claimRow(doc, c, articleId, entityIds)))) {
    const inserted = await tx.insertInto('claims').values(rows).returning(['id', 'doc_id']).execute();
    for (const c of inserted) claimIds.set(c.doc_id, c.id);
  }
  for (const rows of chunks(quantityRows(doc, articleId, claimIds))) {
    await tx.insertInto('quantities').values(rows).execute();
  }
  for (const rows of chunks(dateRows(doc, articleId))) await tx.insertInto('dates').values(rows).execute();
  for (const rows of chunks(framingRows(doc, articleId))) await tx.insertInto('framing').values(rows).execute();
  return { input: article.input, id: articleId, key, created: Boolean(row.created) };
}

/**
 * Rows per INSERT: PostgreSQL takes at most 65,535 parameters per statement, and a long article
 * can hold thousands of figures of 27 columns each.
 */
const CHUNK_ROWS = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) out.push(rows.slice(i, i + CHUNK_ROWS));
  return out;
}
