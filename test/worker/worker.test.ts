import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { enqueueInputs, expandInput } from '../../src/worker/enqueue.js';
import { listFailedJobs } from '../../src/worker/failed-jobs.js';
import { processInput } from '../../src/worker/process-input.js';
import { INGEST_QUEUE, jobIdFor, openQueue } from '../../src/worker/queue.js';
import { runWorker } from '../../src/worker/run-worker.js';
import { freshDatabase, TEST_PG_URL, type FreshDatabase } from './fresh-database.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-worker-'));
const article = (i: number) => `Flood update ${i}\n\nThe mayor of Riverton said on Monday that ${40 + i} homes were flooded in district ${i}.\n`;

function writeArticles(sub: string, n: number): string {
  const folder = join(dir, sub);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.txt`), article(i + n * 1000 + sub.length * 100_000));
  return folder;
}

async function articleCount(store: Store): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM articles`.execute(store.db);
  return row.rows[0]!.n;
}

describe('expandInput', () => {
  it('expands a folder into its files, sorted and absolute, skipping dot files', () => {
    const folder = writeArticles('expand', 3);
    writeFileSync(join(folder, '.hidden'), 'x');
    expect(expandInput(folder)).toEqual([0, 1, 2].map((i) => join(folder, `a00${i}.txt`)));
  });
  it('keeps URLs, refuses standard input and names a missing path', () => {
    expect(expandInput('https://news.example/a')).toEqual(['https://news.example/a']);
    expect(() => expandInput('-')).toThrow('cannot read standard input: cannot be queued (a worker cannot read this terminal); save it to a file first');
    expect(() => expandInput('no/such.txt')).toThrow('cannot read no/such.txt: no such file');
  });
  it('derives one stable job id per input', () => {
    expect(jobIdFor('/a.txt')).toBe(jobIdFor('/a.txt'));
    expect(jobIdFor('/a.txt')).not.toBe(jobIdFor('/b.txt'));
    expect(jobIdFor('/a.txt')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

describe('openQueue', () => {
  it('refuses the embedded database with a clear message', async () => {
    await expect(openQueue('./claimtrail-data')).rejects.toThrow('the queue needs a PostgreSQL server (--db postgres://...), not the embedded database ./claimtrail-data');
  });
});

describe.skipIf(!TEST_PG_URL)('queue and workers on PostgreSQL', () => {
  let database: FreshDatabase;
  let boss: PgBoss;
  let store: Store;

  beforeAll(async () => {
    database = await freshDatabase('ct_worker');
    boss = await openQueue(database.url, { retries: 1, retryDelaySeconds: 1, jobTimeoutSeconds: 2 });
    store = await openStore(database.url);
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true, close: true });
    await store?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('enqueues each file once, however often it is asked', async () => {
    const folder = writeArticles('once', 4);
    expect(await enqueueInputs(boss, [folder])).toEqual({ queued: 4, already: 0, errors: [] });
    const again = await enqueueInputs(boss, [folder, join(folder, 'a001.txt'), join(dir, 'missing.txt')]);
    expect({ queued: again.queued, already: again.already, errors: again.errors.map((e) => e.message) }).toEqual({
      queued: 0,
      already: 5,
      errors: [`cannot read ${join(dir, 'missing.txt')}: no such file`],
    });
    const totals = await runWorker(boss, store, { drain: true, pollMs: 100 });
    expect(totals).toEqual({ completed: 4, failed: 0, stored: 4 });
    expect(await articleCount(store)).toBe(4);
  });

  it('processing the same input again updates the stored article, never duplicates it', async () => {
    const before = await articleCount(store);
    const input = join(dir, 'once', 'a000.txt');
    expect(await processInput(store, { input })).toEqual({ stored: 1, errors: [] });
    expect(await articleCount(store)).toBe(before);
  });

  it('reads a job\'s input as its format and dates it by its day when the input gives none', async () => {
    const input = join(dir, 'markup.txt');
    writeFileSync(input, '<p>The mayor of Lume said on Monday that 17 roads were closed.</p>\n');
    expect(await processInput(store, { input, format: 'text', published: '2031-03-05' })).toEqual({ stored: 1, errors: [] });
    const row = await sql<{ published: string; text: string }>`SELECT published::text AS published, text FROM articles WHERE text LIKE '%Lume%'`.execute(store.db);
    // as text, the markup is kept as given (a detected HTML page would lose its tags)
    expect(row.rows).toEqual([{ published: '2031-03-05', text: '<p>The mayor of Lume said on Monday that 17 roads were closed.</p>\n' }]);
  });

  it('retries a poisoned input with backoff, then lists it as failed with its error', async () => {
    const bad = join(dir, 'poison.bin');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 0xff, 0]));
    const events: string[] = [];
    await enqueueInputs(boss, [bad]);
    const totals = await runWorker(boss, store, { drain: true, pollMs: 200, onJob: (e) => events.push(e.kind === 'failed' ? `failed final=${e.final}` : e.kind) });
    expect(events).toEqual(['failed final=false', 'failed final=true']);
    expect(totals.failed).toBe(2);
    const failed = await listFailedJobs(boss);
    expect(failed.map((f) => ({ input: f.input, attempts: f.attempts, error: f.error }))).toEqual([
      { input: bad, attempts: 2, error: `cannot read ${bad}: binary data (NUL bytes), not text` },
    ]);
  });

  it('gives up on an input that never finishes loading and lists it as failed', async () => {
    // A server that accepts the request and never answers.
    const server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stalls`;
    try {
      await enqueueInputs(boss, [url], { allowPrivate: true });
      const totals = await runWorker(boss, store, { drain: true, pollMs: 200, jobTimeoutMs: 1_000 });
      expect(totals.failed).toBe(2);
      const failed = (await listFailedJobs(boss)).find((f) => f.input === url);
      expect(failed?.error).toBe(`${url}: gave up after 1 s (the input never finished loading or analysing)`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('two workers share the queue: every article stored exactly once', async () => {
    const folder = writeArticles('pair', 12);
    const before = await articleCount(store);
    await enqueueInputs(boss, [folder]);
    const second = await openStore(database.url);
    try {
      const [a, b] = await Promise.all([runWorker(boss, store, { drain: true, pollMs: 50 }), runWorker(boss, second, { drain: true, pollMs: 50 })]);
      expect(a.completed + b.completed).toBe(12);
      expect(a.failed + b.failed).toBe(0);
    } finally {
      await second.close();
    }
    expect(await articleCount(store)).toBe(before + 12);
  });

  it('a job whose worker died is expired and done by another worker', async () => {
    const folder = writeArticles('orphan', 1);
    const before = await articleCount(store);
    await enqueueInputs(boss, [folder]);
    // A worker takes the job and dies before finishing it.
    const [taken] = await boss.fetch(INGEST_QUEUE, { batchSize: 1 });
    expect(taken).toBeDefined();
    await new Promise((r) => setTimeout(r, 2_500));
    const totals = await runWorker(boss, store, { drain: true, pollMs: 300 });
    expect(totals.completed).toBe(1);
    expect(await articleCount(store)).toBe(before + 1);
  });
});
