import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isServerUrl, openStore, redact, resolveDbTarget } from '../../src/store/db.js';
import { listArticles } from '../../src/store/articles.js';
import { saveArticles } from '../../src/store/save-articles.js';
import { analyze } from '../../src/analyze.js';

describe('store target', () => {
  it('takes the flag, then $CLAIMTRAIL_DB, then ./claimtrail-data', () => {
    expect(resolveDbTarget('x', { CLAIMTRAIL_DB: 'y' })).toBe('x');
    expect(resolveDbTarget(undefined, { CLAIMTRAIL_DB: 'y' })).toBe('y');
    expect(resolveDbTarget(undefined, {})).toBe('./claimtrail-data');
  });

  it('tells server URLs from directories and hides passwords', () => {
    expect(isServerUrl('postgres://u@h/db')).toBe(true);
    expect(isServerUrl('postgresql://u@h/db')).toBe(true);
    expect(isServerUrl('./postgres')).toBe(false);
    expect(redact('postgres://user:secret@host:5432/db')).toBe('postgres://user:***@host:5432/db');
  });

  it('names the database and the problem when it cannot connect', async () => {
    await expect(openStore('postgres://nobody:pw@127.0.0.1:1/none')).rejects.toThrow(
      /^cannot open database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/u,
    );
  });

  it('keeps an embedded database on disk across reopenings, one process at a time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimtrail-db-'));
    const data = join(dir, 'data');
    try {
      const first = await openStore(data);
      await saveArticles(first.db, [{ article: { input: 'a.txt', text: 'Kept on disk.' }, doc: analyze('Kept on disk.') }]);
      await first.close();
      // pid 1 is always alive: a lock it holds must stop us.
      await writeFile(join(data, 'claimtrail.lock'), '1');
      await expect(openStore(data)).rejects.toThrow(
        `database ${data} is in use by process 1 (a running 'claimtrail serve' or ingest?); stop it first, or use a PostgreSQL server (--db postgres://…) to share one database`,
      );
      // A lock left by a process that no longer exists is taken over.
      await writeFile(join(data, 'claimtrail.lock'), '999999999');
      const second = await openStore(data);
      expect((await listArticles(second.db)).map((a) => a.input)).toEqual(['a.txt']);
      await second.close();
      await expect(readFile(join(data, 'claimtrail.lock'))).rejects.toThrow('ENOENT');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
