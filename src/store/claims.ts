/** Claim queries: the explorer's filters and the entity page. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ClaimFilter {
  /** Source name or phrase, case-insensitive substring ("zelensk"). */
  readonly source?: string;
  readonly outlet?: string;
  /** A status marker the claim carries ("preliminary"). */
  readonly status?: string;
  /** Publication dates, 'YYYY-MM-DD', inclusive. */
  readonly since?: string;
  readonly until?: string;
  readonly entityId?: number;
  readonly articleId?: number;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ClaimView {
  readonly id: number;
  readonly articleId: number;
  readonly docId: string;
  readonly kind: string;
  readonly evidence: string;
  readonly source: string | null;
  readonly sourceEntityId: number | null;
  readonly anonymous: boolean;
  readonly cue: string | null;
  readonly content: string;
  readonly unsourced: boolean;
  readonly status: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/gu, '\\$&');

export async function listClaims(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<ClaimView[]> {
  let query = db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .leftJoin('entities as e', 'e.id', 'c.source_entity_id')
    .select([
      'c.id', 'c.article_id', 'c.doc_id', 'c.kind', 'c.evidence', 'c.source_text', 'c.source_entity_id',
      'c.anonymous', 'c.cue_text', 'c.content_text', 'c.unsourced', 'c.status', 'c.start', 'c.end',
      'a.outlet', 'a.title', 'a.published', 'e.name as entity_name',
    ]);
  if (filter.source) {
    const pattern = `%${escapeLike(filter.source)}%`;
    query = query.where((eb) => eb.or([eb('c.source_text', 'ilike', pattern), eb('e.name', 'ilike', pattern)]));
  }
  if (filter.outlet) query = query.where('a.outlet', 'ilike', escapeLike(filter.outlet));
  if (filter.status) query = query.where(sql<boolean>`c.status @> ${JSON.stringify([filter.status])}::jsonb`);
  if (filter.since) query = query.where('a.published', '>=', filter.since);
  if (filter.until) query = query.where('a.published', '<=', filter.until);
  if (filter.entityId !== undefined) query = query.where('c.source_entity_id', '=', filter.entityId);
  if (filter.articleId !== undefined) query = query.where('c.article_id', '=', filter.articleId);
  const rows = await query
    .orderBy('a.published', (ob) => ob.desc().nullsLast())
    .orderBy('c.article_id')
    .orderBy('c.start')
    .limit(filter.limit ?? 200)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    docId: r.doc_id,
    kind: r.kind,
    evidence: r.evidence,
    source: r.entity_name ?? r.source_text,
    sourceEntityId: r.source_entity_id,
    anonymous: r.anonymous,
    cue: r.cue_text,
    content: r.content_text,
    unsourced: r.unsourced,
    status: r.status,
    start: r.start,
    end: r.end,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
  }));
}

/** Distinct values for the explorer's filter menus. */
export async function claimFacets(db: Kysely<Database>): Promise<{ outlets: string[]; statuses: string[] }> {
  const outlets = await db.selectFrom('articles').select('outlet').distinct().where('outlet', 'is not', null).orderBy('outlet').execute();
  const statuses = await sql<{ status: string }>`select distinct jsonb_array_elements_text(status) as status from claims order by 1`.execute(db);
  return { outlets: outlets.map((o) => o.outlet!), statuses: statuses.rows.map((r) => r.status) };
}
