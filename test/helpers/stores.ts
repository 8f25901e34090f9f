/**
 * The databases every store test runs on: an in-memory PGlite, and a fresh database on the
 * PostgreSQL server at $CLAIMTRAIL_TEST_PG_URL when one is given (npm test starts one).
 * Each opened store gets its own database, dropped on close.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db.js';

export interface StoreTarget {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

const pgUrl = process.env['CLAIMTRAIL_TEST_PG_URL'];

export const storeTargets: readonly StoreTarget[] = [
  { name: 'pglite', open: () => openStore('memory://') },
  ...(pgUrl ? [{ name: 'postgres' as const, open: () => openThrowawayPostgres(pgUrl) }] : []),
];

async function openThrowawayPostgres(adminUrl: string): Promise<Store> {
  const name = `claimtrail_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString());
  return {
    ...store,
    close: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`).finally(() => dropper.end());
    },
  };
}
