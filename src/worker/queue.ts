/**
 * The ingest queue on pg-boss, in the same PostgreSQL database as the store. Jobs carry one
 * input each (a path or URL); their id is derived from the input, so enqueuing the same input
 * twice while its job is still known is a no-op. Failed jobs are retried with exponential
 * backoff and end in pg-boss's 'failed' state with their error once the retries are used up.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { ClaimtrailError } from '../errors.js';
import { isServerUrl, redact } from '../store/db.js';
import type { Format } from '../ingest/detect-format.js';

export const INGEST_QUEUE = 'claimtrail-ingest';

export interface IngestJob {
  readonly input: string;
  readonly allowPrivate?: boolean;
  /** The day of articles that give none. */
  readonly published?: string;
  /** Read the input as this format instead of detecting it. */
  readonly format?: Format;
}

export interface QueuePolicy {
  /** Attempts after the first one (default 2). */
  readonly retries?: number;
  /** First retry delay in seconds, doubled (with jitter) on each retry (default 2). */
  readonly retryDelaySeconds?: number;
  /** A job active longer than this is presumed dead (its worker killed or hung) and retried (default 600). */
  readonly jobTimeoutSeconds?: number;
}

/** Starts pg-boss on `url` (installing its schema once) and makes sure the ingest queue exists. */
export async function openQueue(url: string, policy: QueuePolicy = {}): Promise<PgBoss> {
  if (!isServerUrl(url)) {
    throw new ClaimtrailError(`the queue needs a PostgreSQL server (--db postgres://...), not the embedded database ${url}`, { input: url });
  }
  // Maintenance is done by our worker loop (expire on idle), so no background supervisor or cron.
  const boss = new PgBoss({ connectionString: url, max: 2, schedule: false, supervise: false });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    const options = {
      name: INGEST_QUEUE,
      retryLimit: policy.retries ?? 2,
      retryDelay: policy.retryDelaySeconds ?? 2,
      retryBackoff: true,
      expireInSeconds: policy.jobTimeoutSeconds ?? 600,
    };
    await boss.createQueue(INGEST_QUEUE, options);
    // Jobs copy the queue's policy when sent: the latest policy given applies to new jobs.
    if (Object.keys(policy).length > 0) await boss.updateQueue(INGEST_QUEUE, options);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    const problem = error instanceof Error ? error.message : String(error);
    throw new ClaimtrailError(`cannot open the job queue in ${redact(url)}: ${problem}`, { input: url, cause: error });
  }
  return boss;
}

/** A stable UUID for an input, so re-enqueuing it does not add a second job. */
export function jobIdFor(input: string): string {
  const hex = createHash('sha256').update(`claimtrail-ingest:${input}`).digest('hex');
  // Shaped as a version-5-like UUID (pg-boss ids are uuid columns).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Queue timing from $CLAIMTRAIL_JOB_RETRIES, _RETRY_DELAY and _TIMEOUT (seconds), for operators and tests. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): QueuePolicy {
  const num = (name: string) => (env[name] ? Number(env[name]) : undefined);
  const retries = num('CLAIMTRAIL_JOB_RETRIES');
  const retryDelaySeconds = num('CLAIMTRAIL_JOB_RETRY_DELAY');
  const jobTimeoutSeconds = num('CLAIMTRAIL_JOB_TIMEOUT');
  return {
    ...(retries !== undefined ? { retries } : {}),
    ...(retryDelaySeconds !== undefined ? { retryDelaySeconds } : {}),
    ...(jobTimeoutSeconds !== undefined ? { jobTimeoutSeconds } : {}),
  };
}
