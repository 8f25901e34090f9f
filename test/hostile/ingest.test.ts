/**
 * The whole bad-input corpus ingested in one run into an embedded database that already holds
 * a good article: the run ends with a clear error per bad input (no stack trace), nothing stored
 * before is lost or changed, and nothing is stored in part.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { storeState } from '../crash/check-store.js';
import { HOSTILE } from './corpus.js';
import { runBounded } from './run-bounded.js';

const BIN = fileURLToPath(new URL('../../bin/claimtrail.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-hostile-ingest-'));
const GOOD = 'Bridge reopens\n\nThe transport minister said on Friday that the bridge would reopen after 14 months of repairs.\n';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingesting the bad-input corpus loses nothing already stored', () => {
  it('stores what it can, names every bad input, keeps the earlier article intact', { timeout: 600_000 }, async () => {
    const db = join(dir, 'db');
    const good = join(dir, 'good.txt');
    writeFileSync(good, GOOD);
    const first = await runBounded(process.execPath, [BIN, 'ingest', '--quiet', '--db', db, good], 120_000);
    expect(first.code, first.stderr).toBe(0);

    const paths = HOSTILE.map((c) => {
      const path = join(dir, c.file);
      writeFileSync(path, c.bytes());
      return path;
    });
    const run = await runBounded(process.execPath, [BIN, 'ingest', '--quiet', '--db', db, ...paths], 540_000);
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/^\s+at .+[(:]\d+/mu);
    // Every input that must be refused is named in a message of its own.
    const unnamed = HOSTILE.filter((c) => c.expect === 'error' && ![c.file, ...(c.names ?? [])].some((n) => run.stderr.includes(n)));
    expect(unnamed.map((c) => c.name)).toEqual([]);

    const store = await openStore(db);
    try {
      const state = await storeState(store);
      expect(state.halfStored).toEqual([]);
      expect(state.rows).toBe(state.inputs.length);
      const kept = await sql<{ text: string }>`SELECT text FROM articles WHERE input = ${good}`.execute(store.db);
      expect(kept.rows.map((r) => r.text)).toEqual([GOOD]);
    } finally {
      await store.close();
    }
  });
});
