/** The failed-jobs list: inputs that used up their retries, with the last error, newest first. */
import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './queue.js';

export interface FailedJob {
  readonly id: string;
  readonly input: string;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: string;
}

export async function listFailedJobs(boss: PgBoss, limit = 1000): Promise<FailedJob[]> {
  // Failed jobs move to the archive table after pg-boss's retention: read both.
  const result = await boss.getDb().executeSql(
    `SELECT id::text, data->>'input' AS input, COALESCE(output->>'message', output->'value'->>'message', output::text) AS error,
            retry_count + 1 AS attempts, to_char(completed_on, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS failed_at
       FROM (SELECT id, data, output, retry_count, completed_on FROM pgboss.job WHERE name = $1 AND state = 'failed'
             UNION ALL
             SELECT id, data, output, retry_count, completed_on FROM pgboss.archive WHERE name = $1 AND state = 'failed') AS f
      ORDER BY completed_on DESC, id
      LIMIT $2`,
    [INGEST_QUEUE, limit],
  );
  return (result as { rows: { id: string; input: string; error: string; attempts: number; failed_at: string }[] }).rows.map((r) => ({
    id: r.id,
    input: r.input,
    error: r.error,
    attempts: Number(r.attempts),
    failedAt: r.failed_at,
  }));
}
