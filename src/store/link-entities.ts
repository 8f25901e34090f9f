/**
 * Links an article's entities to the store's, so one person quoted under several spellings in
 * several articles is one row. Runs inside the ingest transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Entity } from '../model/doc.js';
import { nameKey } from '../model/name-key.js';
import type { Database } from './schema.js';

type Tx = Transaction<Database> | Kysely<Database>;

/**
 * Keys that may link this entity. For people a lone surname is too weak to link on ("Kim"),
 * so only full names count, unless the article never gives more than the surname.
 */
export function linkingKeys(entity: Pick<Entity, 'type' | 'name' | 'aliases'>): string[] {
  const keys = [...new Set([entity.name, ...entity.aliases].map(nameKey).filter(Boolean))];
  if (entity.type !== 'person') return keys;
  const full = keys.filter((k) => k.includes(' '));
  return full.length > 0 ? full : keys;
}

/** Returns the store id for each doc entity id. */
export async function linkEntities(tx: Tx, entities: readonly Entity[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const entity of entities) ids.set(entity.id, await linkEntity(tx, entity));
  return ids;
}

async function linkEntity(tx: Tx, entity: Entity): Promise<number> {
  const keys = linkingKeys(entity);
  if (keys.length === 0) keys.push(entity.name.toLowerCase());
  const found = (await findByKeys(tx, entity.type, keys)) ?? (await findBySurname(tx, entity, keys));
  let id = found ?? (await create(tx, entity));
  await tx
    .insertInto('entity_names')
    .values(keys.map((key) => ({ type: entity.type, key, entity_id: id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  if (found === undefined) {
    // Another worker may have claimed the same name meanwhile (its insert won the conflict):
    // adopt the entity that owns the name and drop the one just made.
    const owner = await findByKeys(tx, entity.type, keys);
    if (owner !== undefined && owner !== id) {
      await tx.deleteFrom('entities').where('id', '=', id).execute();
      id = owner;
    }
  }
  // Keep the longest name seen, as the doc model does within one article.
  await tx
    .updateTable('entities')
    .set({ name: entity.name })
    .where('id', '=', id)
    .where((eb) => eb(eb.fn('length', ['name']), '<', entity.name.length))
    .execute();
  return id;
}

async function findByKeys(tx: Tx, type: string, keys: string[]): Promise<number | undefined> {
  const row = await tx
    .selectFrom('entity_names')
    .select('entity_id')
    .where('type', '=', type)
    .where('key', 'in', keys)
    .orderBy('entity_id')
    .executeTakeFirst();
  return row?.entity_id;
}

/**
 * A person known only by surname links to the one full name ending in it, and a full name
 * links to an earlier surname-only entity; with two candidates we do not guess.
 */
async function findBySurname(tx: Tx, entity: Entity, keys: string[]): Promise<number | undefined> {
  if (entity.type !== 'person') return undefined;
  const single = keys.find((k) => !k.includes(' '));
  const rows = single
    ? await tx.selectFrom('entity_names').select('entity_id').distinct()
        .where('type', '=', 'person').where('key', 'like', `% ${escapeLike(single)}`).limit(2).execute()
    : await tx.selectFrom('entity_names').select('entity_id').distinct()
        .where('type', '=', 'person').where('key', 'in', keys.map((k) => k.split(' ').at(-1)!)).limit(2).execute();
  return rows.length === 1 ? rows[0]!.entity_id : undefined;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/gu, '\\$&');

async function create(tx: Tx, entity: Entity): Promise<number> {
  const row = await tx.insertInto('entities').values({ type: entity.type, name: entity.name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
