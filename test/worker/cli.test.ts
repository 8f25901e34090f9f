/** `claimtrail ingest --queue` and `claimtrail worker` through the built CLI (`npm run build` first). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_PG_URL, type FreshDatabase } from './fresh-database.js';

const BIN = fileURLToPath(new URL('../../bin/claimtrail.js', import.meta.url));
const run = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, CLAIMTRAIL_JOB_RETRIES: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe.skipIf(!TEST_PG_URL)('claimtrail ingest --queue, worker, worker --failed', () => {
  let database: FreshDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-worker-cli-'));
  beforeAll(async () => {
    database = await freshDatabase('ct_worker_cli');
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues, works and lists the poisoned input', async () => {
    writeFileSync(join(dir, 'a.txt'), 'The governor said 30 roads were closed.\n');
    writeFileSync(join(dir, 'b.txt'), 'Officials said about 200 people were evacuated on Sunday.\n');
    writeFileSync(join(dir, 'c.txt'), '');
    const queued = await run(['ingest', '--queue', '--db', database.url, dir]);
    expect(queued).toMatchObject({ code: 0, stdout: `queued 3 jobs in ${database.url}, 0 inputs failed\n` });
    const worked = await run(['worker', '--drain', '--quiet', '--db', database.url]);
    expect(worked).toMatchObject({ code: 0, stdout: 'worker done: 2 jobs completed (2 articles stored), 1 failed attempts\n' });
    const failed = await run(['worker', '--failed', '--json', '--db', database.url]);
    expect(failed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; error: string; attempts: number }).map(({ input, error, attempts }) => ({ input, error, attempts }))).toEqual([
      { input: join(dir, 'c.txt'), error: `cannot read ${join(dir, 'c.txt')}: the file is empty`, attempts: 1 },
    ]);
  });

  it('refuses to queue into the embedded database', async () => {
    const result = await run(['ingest', '--queue', '--db', join(dir, 'db'), dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`claimtrail ingest: the queue needs a PostgreSQL server (--db postgres://...), not the embedded database ${join(dir, 'db')}\n`);
  });
});
