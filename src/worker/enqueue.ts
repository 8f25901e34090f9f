/**
 * Turns command-line inputs into queue jobs: folders are expanded to their files (so N workers
 * can share them), paths are made absolute (a worker may run in another directory), URLs and
 * '-' free text are refused or kept as they are.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type PgBoss from 'pg-boss';
import { InputError } from '../errors.js';
import { INGEST_QUEUE, jobIdFor, type IngestJob } from './queue.js';

export interface EnqueueResult {
  readonly queued: number;
  /** Inputs whose job already exists (queued, running, done or failed): not added again. */
  readonly already: number;
  readonly errors: readonly InputError[];
}

/** The job inputs for one command-line input: a URL, a file, or every file under a folder. */
export function expandInput(input: string): string[] {
  if (/^https?:\/\//iu.test(input)) return [input];
  if (input === '-') throw new InputError('standard input', 'cannot be queued (a worker cannot read this terminal); save it to a file first');
  const path = resolve(input);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(input, 'no such file');
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function enqueueInputs(boss: PgBoss, inputs: readonly string[], options: Omit<IngestJob, 'input'> = {}): Promise<EnqueueResult> {
  let queued = 0;
  let already = 0;
  const errors: InputError[] = [];
  for (const input of inputs) {
    let expanded: string[];
    try {
      expanded = expandInput(input);
    } catch (error) {
      if (error instanceof InputError) {
        errors.push(error);
        continue;
      }
      throw error;
    }
    for (const path of expanded) {
      const job: IngestJob = { input: path, ...options };
      const id = await boss.send(INGEST_QUEUE, job, { id: jobIdFor(path) });
      if (id === null) already++;
      else queued++;
    }
  }
  return { queued, already, errors };
}
