/**
 * An embedded (PGlite) database belongs to one process at a time: two processes writing the same
 * directory corrupt it. A lock file with the owner's pid makes the second opener fail with a
 * message instead; a lock left by a dead process is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimtrailError } from '../errors.js';

const LOCK = 'claimtrail.lock';

/** Takes the lock on `dir` (creating the directory); returns the release function. */
export function lockDirectory(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new ClaimtrailError(
          `database ${dir} is in use by process ${owner} (a running 'claimtrail serve' or ingest?); stop it first, or use a PostgreSQL server (--db postgres://…) to share one database`,
          { input: dir },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ClaimtrailError(`cannot lock database ${dir}: another process keeps taking the lock`, { input: dir });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
