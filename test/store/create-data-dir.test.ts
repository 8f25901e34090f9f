import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataDir, needsInitdb } from '../../src/store/create-data-dir.js';
import { openStore } from '../../src/store/db.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'claimtrail-initdb-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('creating an embedded database in a worker thread', () => {
  it('leaves a data directory the store opens and migrates', async () => {
    const dir = join(fresh(), 'db');
    expect(needsInitdb(dir)).toBe(true);
    await createDataDir(dir, PGlite.defaultStartParams);
    expect(needsInitdb(dir)).toBe(false);
    const store = await openStore(dir);
    try {
      const rows = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).execute();
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('reports a directory it cannot create as a clear error', async () => {
    const file = join(fresh(), 'not-a-dir');
    writeFileSync(file, 'x');
    await expect(openStore(join(file, 'db'))).rejects.toThrow(/not-a-dir/u);
  }, 60_000);
});
