/**
 * `npm run bench -- queue`: ingest throughput with 1 and then 2 `claimtrail worker` processes on
 * a local PostgreSQL server, same jobs (the PolNeAR train texts, one job each), fresh database
 * each time. Throughput is jobs over the span from the first job started to the last completed
 * (pg-boss timestamps), so process start-up is left out; wall time is printed too. Goal: 2 workers
 * >= 1.6x one worker. Needs `npm run build` (workers run the real CLI).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueInputs } from '../dist/src/worker/enqueue.js';
import { INGEST_QUEUE, openQueue } from '../dist/src/worker/queue.js';
import { pgServer } from './queue-pg-server.js';

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url));
const POLNEAR = fileURLToPath(new URL('../../shared/data/polnear/train/text', import.meta.url));
const GOAL = 1.6;

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--drain', '--quiet', '--db', url], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench queue: worker exited with ${code}`))));
  });
}

async function measure(url: string, inputs: readonly string[], workers: number): Promise<{ jobsPerSecond: number; wallSeconds: number; jobs: number }> {
  const boss = await openQueue(url);
  await enqueueInputs(boss, inputs);
  await boss.stop({ graceful: false, wait: true, close: true });
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
  const wallSeconds = (performance.now() - t0) / 1000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ jobs: number; seconds: number }>(
    `SELECT count(*)::int AS jobs, EXTRACT(EPOCH FROM max(completed_on) - min(started_on))::float AS seconds FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
    [INGEST_QUEUE],
  );
  await client.end();
  const { jobs, seconds } = rows[0]!;
  return { jobsPerSecond: jobs / seconds, wallSeconds, jobs };
}

export async function run(): Promise<void> {
  if (!existsSync(BIN.replace('bin/claimtrail.js', 'dist/src/cli/main.js'))) throw new Error('bench queue: run `npm run build` first');
  const limit = Number(process.env['CLAIMTRAIL_BENCH_DOCS'] ?? Infinity);
  const inputs = readdirSync(POLNEAR).sort().slice(0, limit).map((name) => `${POLNEAR}/${name}`);
  const rounds = Number(process.env['CLAIMTRAIL_BENCH_ROUNDS'] ?? 2);
  const server = await pgServer();
  try {
    // Rounds alternate 1 and 2 workers so a load spike from other users of the machine hits both.
    const runs: Record<1 | 2, Awaited<ReturnType<typeof measure>>[]> = { 1: [], 2: [] };
    for (let r = 0; r < rounds; r++) {
      for (const workers of [1, 2] as const) runs[workers].push(await measure(await server.createDatabase(`claimtrail_bench_queue_${workers}`), inputs, workers));
    }
    const best = (xs: Awaited<ReturnType<typeof measure>>[]) => xs.reduce((a, b) => (b.jobsPerSecond > a.jobsPerSecond ? b : a));
    const one = best(runs[1]);
    const two = best(runs[2]);
    const ratio = two.jobsPerSecond / one.jobsPerSecond;
    console.log(`${inputs.length} PolNeAR articles, one job each, local PostgreSQL; best of ${rounds} alternating rounds (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
    console.log(`1 worker : ${one.jobsPerSecond.toFixed(1)} articles/s (${one.jobs} jobs, wall ${one.wallSeconds.toFixed(1)} s with start-up; all rounds ${runs[1].map((x) => x.jobsPerSecond.toFixed(1)).join(', ')})`);
    console.log(`2 workers: ${two.jobsPerSecond.toFixed(1)} articles/s (${two.jobs} jobs, wall ${two.wallSeconds.toFixed(1)} s with start-up; all rounds ${runs[2].map((x) => x.jobsPerSecond.toFixed(1)).join(', ')})`);
    console.log(`ratio 2/1: ${ratio.toFixed(3)}x (goal >= ${GOAL}x: ${ratio >= GOAL ? 'met' : 'NOT met'}; ${(await import('node:os')).cpus().length} cores, shared)`);
  } finally {
    server.stop();
  }
}
