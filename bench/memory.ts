/**
 * `npm run bench -- memory`: peak memory (max RSS) of `claimtrail ingest` storing many small
 * articles (one JSONL file, generated here in our own words) into an embedded PGlite database,
 * at two corpus sizes: if memory is constant in corpus size the two peaks match. Goal < 400 MB.
 * Default sizes 2,000 and 10,000 (this 2-core machine is shared); the issue's 10k/100k run is
 * CLAIMTRAIL_BENCH_ARTICLES=10000,100000. The ingest runs with V8's default heap limit: it keeps
 * memory flat by collecting garbage between batches (src/cli/heap-guard.ts).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/claimtrail.js', import.meta.url));
const GOAL_MB = 400;
/** Reports the process's peak RSS on exit: loaded into the CLI with --import. */
const REPORT_PEAK = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))")}`;
const PLACES = ['Riverton', 'Lakeside', 'Northfield', 'Harbor City', 'Eastvale'];
const ROLES = ['the mayor', 'a police spokesman', 'the health ministry', 'officials', 'the fire service'];

function article(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  return `Storm update ${i}\n\nAt least ${10 + (i % 900)} homes in ${place} lost power on Monday, ${ROLES[i % ROLES.length]} said. ` +
    `"Crews will work through the night," said ${ROLES[(i + 2) % ROLES.length]}, adding that about ${i % 50} roads were closed.\n\n` +
    `According to preliminary estimates, damage exceeded $${(i % 40) + 1} million in district ${i}.\n`;
}

async function writeCorpus(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const line = JSON.stringify({ text: article(i), url: `https://bench.example/storm/${i}`, published: '2024-11-04' }) + '\n';
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

function ingest(db: string, file: string): Promise<{ peakMb: number; seconds: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_PEAK, BIN, 'ingest', '--quiet', '--db', db, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const peak = /maxrss:(\d+)/u.exec(stderr);
      if (code !== 0 || !peak) reject(new Error(`bench memory: ingest exited with ${code}: ${stderr.slice(-400)}`));
      else resolve({ peakMb: Number(peak[1]) / 1024, seconds: (performance.now() - t0) / 1000, stdout: stdout.trim() });
    });
  });
}

export async function run(): Promise<void> {
  if (!existsSync(BIN.replace('bin/claimtrail.js', 'dist/src/cli/main.js'))) throw new Error('bench memory: run `npm run build` first');
  const sizes = (process.env['CLAIMTRAIL_BENCH_ARTICLES'] ?? '2000,10000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-memory-'));
  try {
    const peaks: number[] = [];
    for (const n of sizes) {
      const file = join(dir, `articles-${n}.jsonl`);
      await writeCorpus(file, n);
      // Creating a PGlite database (its initdb) has its own, higher peak: done first, measured apart.
      const seed = join(dir, 'seed.jsonl');
      await writeCorpus(seed, 1);
      const created = await ingest(join(dir, `db-${n}`), seed);
      if (n === sizes[0]) console.log(`creating the database: peak RSS ${created.peakMb.toFixed(0)} MB (one-off, PGlite initdb)`);
      const result = await ingest(join(dir, `db-${n}`), file);
      peaks.push(result.peakMb);
      console.log(`${String(n).padStart(7)} articles: peak RSS ${result.peakMb.toFixed(0)} MB, ${result.seconds.toFixed(0)} s (${(n / result.seconds).toFixed(0)} articles/s) | ${result.stdout}`);
      rmSync(file, { force: true });
    }
    const worst = Math.max(...peaks);
    const growth = peaks.at(-1)! / peaks[0]!;
    console.log(`peak ${worst.toFixed(0)} MB (goal < ${GOAL_MB} MB: ${worst < GOAL_MB ? 'met' : 'NOT met'}); ${(sizes.at(-1)! / sizes[0]!).toFixed(1)}x the articles -> ${growth.toFixed(2)}x the peak`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
