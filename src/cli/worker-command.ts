import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { openStore, redact, resolveDbTarget } from '../store/db.js';
import { listFailedJobs } from '../worker/failed-jobs.js';
import { openQueue, policyFromEnv } from '../worker/queue.js';
import { runWorker } from '../worker/run-worker.js';
import { helpOption, printHelp } from './common-options.js';

const HELP = `usage: claimtrail worker [--db postgres://URL] [--drain] [--quiet]
       claimtrail worker --failed [--db postgres://URL] [--json]

Processes the jobs queued by 'claimtrail ingest --queue': each input is read, analysed and
stored like 'claimtrail ingest' does. Run as many workers as you like, on any machine that
reaches the database; each takes one job at a time. A failing job is retried with growing
delays; once its retries are used up it goes to the failed list with its error.

  --db URL        the PostgreSQL server holding the store and the queue ($CLAIMTRAIL_DB)
  --drain         exit once no job is waiting or running (default: keep waiting for jobs)
  --failed        list failed jobs (input, attempts, error) and exit
  --json          with --failed: one JSON object per line
  --quiet         no line per job`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      drain: { type: 'boolean', default: false },
      failed: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      ...helpOption,
    },
  });
  if (values.help) return printHelp(HELP);
  if (values.json && !values.failed) throw new UsageError('--json goes with --failed');
  const target = resolveDbTarget(values.db);
  const policy = policyFromEnv();
  const boss = await openQueue(target, policy);
  try {
    if (values.failed) {
      const failed = await listFailedJobs(boss);
      for (const job of failed) {
        process.stdout.write(values.json ? JSON.stringify(job) + '\n' : `${job.input}\t${job.attempts} attempts\t${job.error}\n`);
      }
      if (!values.json) process.stderr.write(`${failed.length} failed job(s) in ${redact(target)}\n`);
      return 0;
    }
    const store = await openStore(target);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const totals = await runWorker(boss, store, {
        drain: values.drain,
        signal: stop.signal,
        ...(policy.jobTimeoutSeconds ? { jobTimeoutMs: policy.jobTimeoutSeconds * 1000 } : {}),
        onJob: (event) => {
          if (values.quiet) return;
          const line = event.kind === 'completed'
            ? `stored ${event.outcome.stored} from ${event.input}${event.outcome.errors.length ? ` (${event.outcome.errors.length} problems)` : ''}`
            : `${event.final ? 'failed' : 'will retry'} ${event.input}: ${event.error}`;
          process.stderr.write(`claimtrail worker: ${line}\n`);
        },
      });
      process.stdout.write(`worker done: ${totals.completed} jobs completed (${totals.stored} articles stored), ${totals.failed} failed attempts\n`);
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
  }
}
