/**
 * Creates an embedded database directory (PGlite's initdb) in a worker thread. Initdb grows the
 * WebAssembly memory of the PGlite instance that runs it to about 750 MB, and WebAssembly memory
 * never shrinks: done in this process, a fresh `claimtrail ingest` held that much for its whole
 * run. A worker's memory is released when it ends, so the store then opens the directory at the
 * 170 MB an existing database costs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Whether `dir` holds no database yet. */
export const needsInitdb = (dir: string): boolean => !existsSync(join(dir, 'PG_VERSION'));

/** Runs initdb for `dir` with `startParams` in a worker thread; resolves when the worker has ended. */
export async function createDataDir(dir: string, startParams: readonly string[]): Promise<void> {
  // the worker runs plain JavaScript, so it imports PGlite by its resolved path (from src or dist alike)
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(workerData.pglite).then(async ({ PGlite }) => {
      const db = new PGlite(workerData.dir, { startParams: workerData.startParams });
      await db.query('select 1');
      await db.close();
      parentPort.postMessage('done');
    });`;
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { pglite, dir, startParams: [...startParams] } });
    let done = false;
    worker.once('message', () => (done = true));
    worker.once('error', reject);
    worker.once('exit', (code) => (done ? resolve() : reject(new Error(`creating the database stopped (exit code ${code})`))));
  });
}
