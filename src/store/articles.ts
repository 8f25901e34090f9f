/** Article queries: the list, one article with its stored ids, and full-text search. */
import { sql, type Kysely } from 'kysely';
import type { AnalysisOutput } from '../model/output.js';
import type { Database } from './schema.js';
import { listClaims, type ClaimView } from './claims.js';

export interface ArticleSummary {
  readonly id: number;
  readonly input: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly claims: number;
  readonly figures: number;
}

export interface ArticleView extends ArticleSummary {
  readonly text: string;
  readonly doc: AnalysisOutput;
  readonly storedClaims: readonly ClaimView[];
  /** Store entity id for each doc entity id, to link mentions to entity pages. */
  readonly entityIds: Readonly<Record<string, number>>;
}

const summaryColumns = ['a.id', 'a.input', 'a.url', 'a.title', 'a.outlet', 'a.published'] as const;

export async function listArticles(db: Kysely<Database>, options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
  return db
    .selectFrom('articles as a')
    .select(summaryColumns)
    .select((eb) => [
      eb.selectFrom('claims').select(eb.fn.countAll<number>().as('n')).whereRef('claims.article_id', '=', 'a.id').as('claims'),
      eb.selectFrom('quantities').select(eb.fn.countAll<number>().as('n')).whereRef('quantities.article_id', '=', 'a.id').as('figures'),
    ])
    .orderBy('a.published', (ob) => ob.desc().nullsLast())
    .orderBy('a.id')
    .limit(options.limit ?? 200)
    .offset(options.offset ?? 0)
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, claims: Number(r.claims ?? 0), figures: Number(r.figures ?? 0) })));
}

export async function getArticle(db: Kysely<Database>, id: number): Promise<ArticleView | undefined> {
  const row = await db.selectFrom('articles as a').select([...summaryColumns, 'a.text', 'a.doc']).where('a.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const storedClaims = await listClaims(db, { articleId: id, limit: 10_000 });
  const links = await db.selectFrom('article_entities').select(['doc_id', 'entity_id']).where('article_id', '=', id).execute();
  const figures = await db.selectFrom('quantities').select((eb) => eb.fn.countAll<number>().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow();
  return {
    ...row,
    doc: row.doc as AnalysisOutput,
    claims: storedClaims.length,
    figures: Number(figures.n),
    storedClaims,
    entityIds: Object.fromEntries(links.map((l) => [l.doc_id, l.entity_id])),
  };
}

export interface SearchHit {
  readonly articles: readonly (ArticleSummary & { readonly rank: number })[];
  readonly claims: readonly { readonly id: number; readonly articleId: number; readonly source: string | null; readonly content: string; readonly rank: number }[];
}

/** Full-text search (English stemming, web-search syntax: quotes, OR, -word) over articles and claims. */
export async function search(db: Kysely<Database>, text: string, limit = 50): Promise<SearchHit> {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const articles = await db
    .selectFrom('articles as a')
    .select(summaryColumns)
    .select(sql<number>`ts_rank(a.search, ${query})`.as('rank'))
    .where(sql<boolean>`a.search @@ ${query}`)
    .orderBy('rank', 'desc')
    .orderBy('a.id')
    .limit(limit)
    .execute();
  const claims = await db
    .selectFrom('claims as c')
    .select(['c.id', 'c.article_id', 'c.source_text', 'c.content_text'])
    .select(sql<number>`ts_rank(c.search, ${query})`.as('rank'))
    .where(sql<boolean>`c.search @@ ${query}`)
    .orderBy('rank', 'desc')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return {
    articles: articles.map((a) => ({ ...a, claims: 0, figures: 0 })),
    claims: claims.map((c) => ({ id: c.id, articleId: c.article_id, source: c.source_text, content: c.content_text, rank: c.rank })),
  };
}
