/** Entity queries: who is in the store, and everything one of them is quoted saying. */
import type { Kysely } from 'kysely';
import { listClaims, type ClaimView } from './claims.js';
import type { Database } from './schema.js';

export interface EntitySummary {
  readonly id: number;
  readonly type: string;
  readonly name: string;
  readonly articles: number;
  readonly claims: number;
}

export interface EntityView extends EntitySummary {
  readonly names: readonly string[];
  readonly roles: readonly string[];
  readonly quoted: readonly ClaimView[];
}

export async function listEntities(db: Kysely<Database>, options: { type?: string; limit?: number } = {}): Promise<EntitySummary[]> {
  let query = db
    .selectFrom('entities as e')
    .select(['e.id', 'e.type', 'e.name'])
    .select((eb) => [
      eb.selectFrom('article_entities as ae').select(eb.fn.countAll<number>().as('n')).whereRef('ae.entity_id', '=', 'e.id').as('articles'),
      eb.selectFrom('claims as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.source_entity_id', '=', 'e.id').as('claims'),
    ]);
  if (options.type) query = query.where('e.type', '=', options.type);
  const rows = await query.orderBy('claims', 'desc').orderBy('e.id').limit(options.limit ?? 200).execute();
  return rows.map((r) => ({ ...r, articles: Number(r.articles ?? 0), claims: Number(r.claims ?? 0) }));
}

export async function getEntity(db: Kysely<Database>, id: number): Promise<EntityView | undefined> {
  const entity = await db.selectFrom('entities').select(['id', 'type', 'name']).where('id', '=', id).executeTakeFirst();
  if (!entity) return undefined;
  const names = await db.selectFrom('entity_names').select('key').where('entity_id', '=', id).orderBy('key').execute();
  const links = await db.selectFrom('article_entities').select(['role']).where('entity_id', '=', id).execute();
  const quoted = await listClaims(db, { entityId: id, limit: 1000 });
  return {
    ...entity,
    articles: links.length,
    claims: quoted.length,
    names: names.map((n) => n.key),
    roles: [...new Set(links.flatMap((l) => (l.role ? [l.role] : [])))],
    quoted,
  };
}
