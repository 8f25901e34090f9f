/**
 * The worker loop: fetch one job, process it, mark it completed or failed, repeat. One job at a
 * time per process because analysis is synchronous CPU work: scale out with more processes (on
 * any machine that reaches the database). pg-boss's fetch uses SKIP LOCKED, so workers never
 * take the same job. When idle, the loop expires jobs held too long by a dead worker so they are
 * retried promptly.
 */
import type PgBoss from 'pg-boss';
import type { Store } from '../store/db.js';
import { processInput, type JobOutcome } from './process-input.js';
import { INGEST_QUEUE, type IngestJob } from './queue.js';

export interface WorkerOptions {
  /** Stop once no job is waiting or running (for batch runs and tests); otherwise run until `signal`. */
  readonly drain?: boolean;
  readonly pollMs?: number;
  /** Give up on a job after this long (a hostile input that never ends); default 10 minutes. */
  readonly jobTimeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onJob?: (event: JobEvent) => void;
}

export type JobEvent =
  | { readonly kind: 'completed'; readonly input: string; readonly outcome: JobOutcome }
  | { readonly kind: 'failed'; readonly input: string; readonly error: string; readonly final: boolean };

export interface WorkerTotals {
  completed: number;
  failed: number;
  stored: number;
}

export async function runWorker(boss: PgBoss, store: Store, options: WorkerOptions = {}): Promise<WorkerTotals> {
  const totals: WorkerTotals = { completed: 0, failed: 0, stored: 0 };
  const pollMs = options.pollMs ?? 1000;
  while (!options.signal?.aborted) {
    const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
    if (!job) {
      await boss.expire();
      if (options.drain && (await pendingJobs(boss)) === 0) break;
      await sleep(pollMs, options.signal);
      continue;
    }
    try {
      const outcome = await withTimeout(processInput(store, job.data), options.jobTimeoutMs ?? 600_000, job.data.input);
      await boss.complete(INGEST_QUEUE, job.id, { stored: outcome.stored, errors: outcome.errors });
      totals.completed++;
      totals.stored += outcome.stored;
      options.onJob?.({ kind: 'completed', input: job.data.input, outcome });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await boss.fail(INGEST_QUEUE, job.id, { message });
      totals.failed++;
      options.onJob?.({ kind: 'failed', input: job.data.input, error: message, final: job.retryCount >= job.retryLimit });
    }
  }
  return totals;
}

/**
 * Fails a job that takes too long so the worker moves on. This catches inputs that stall while
 * awaiting (a reader waiting for bytes that never come); a synchronous loop cannot be interrupted
 * in-process, and is left to the queue's expiry (the job is retried, then listed as failed).
 */
async function withTimeout<T>(work: Promise<T>, ms: number, input: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${input}: gave up after ${Math.round(ms / 1000)} s (the input never finished loading or analysing)`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Jobs not yet settled: waiting, waiting for a retry, or running somewhere. */
async function pendingJobs(boss: PgBoss): Promise<number> {
  const rows = await boss.getDb().executeSql(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
    [INGEST_QUEUE],
  );
  return (rows as { rows: { n: number }[] }).rows[0]!.n;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
