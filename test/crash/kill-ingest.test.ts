/**
 * Crash safety: kill -9 an ingest at random points of a long run, on the embedded database and on
 * a PostgreSQL server; after each kill, every article the run reported stored is still there and
 * none is stored in part; finally the real `claimtrail ingest` resumes the run and ends with every
 * article exactly once. The kill points come from a seeded generator printed on failure.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { freshDatabase, TEST_PG_URL } from '../worker/fresh-database.js';
import { storeState } from './check-store.js';

const DRIVER = fileURLToPath(new URL('./ingest-driver.ts', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/claimtrail.js', import.meta.url));
const ARTICLES = 150;
const KILLS = 4;
const SEED = Number(process.env['CLAIMTRAIL_CRASH_SEED'] ?? Date.now() % 100_000);
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-crash-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so a failing run can be replayed with CLAIMTRAIL_CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeCorpus(): string[] {
  const folder = join(dir, 'corpus');
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: ARTICLES }, (_, i) => {
    const path = join(folder, `article-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `Harbour report ${i}\n\nThe port authority said on Tuesday that ${100 + i} ships were delayed, according to a spokesman. "We expect ${i % 7 + 2} more days of disruption," the director said.\n`);
    return path;
  });
}

/** Where to kill: after `ms` from start, or `jitterMs` after the run has reported `afterStored` articles. */
type KillPoint = { ms: number } | { afterStored: number; jitterMs: number };

/** Runs the driver until it finishes or the kill point comes (then SIGKILL); returns the inputs it reported stored. */
function runDriver(target: string, inputs: readonly string[], kill: KillPoint): Promise<{ reported: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DRIVER, target, '10', ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: string[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (b: Buffer) => {
      buffer += b.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('stored ')) reported.push(line.slice('stored '.length));
      if ('afterStored' in kill && reported.length >= kill.afterStored && !armed) {
        armed = true;
        timer = setTimeout(killNow, kill.jitterMs);
      }
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    let armed = false;
    const killNow = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    let timer = 'ms' in kill ? setTimeout(killNow, kill.ms) : undefined;
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`ingest driver exited with ${code}: ${stderr.slice(-500)}`));
      else resolve({ reported, killed });
    });
  });
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function crashAndResume(target: string, inputs: readonly string[]): Promise<void> {
  const next = random(SEED);
  const everReported = new Set<string>();
  for (let round = 0; round < KILLS; round++) {
    // The first kill lands during start-up or the first batches; the others after a random number of articles stored.
    const kill: KillPoint = round === 0 ? { ms: 300 + Math.floor(next() * 2_500) } : { afterStored: Math.floor(next() * inputs.length), jitterMs: Math.floor(next() * 150) };
    const { reported, killed } = await runDriver(target, inputs, kill);
    for (const input of reported) everReported.add(input);
    const store = await openStore(target);
    try {
      const state = await storeState(store);
      const context = `seed ${SEED}, round ${round}, kill at ${JSON.stringify(kill)} (killed: ${killed})`;
      console.log(`[crash] ${context}: ${reported.length} reported stored this round, ${state.rows} in the store`);
      expect(state.halfStored, context).toEqual([]);
      expect([...everReported].filter((i) => !state.inputs.includes(i)), `${context}: reported stored but lost`).toEqual([]);
      expect(state.rows, `${context}: duplicate rows`).toBe(state.inputs.length);
    } finally {
      await store.close();
    }
  }
  const resumed = await runCli(['ingest', '--quiet', '--db', target, ...inputs]);
  expect(resumed.code, resumed.stderr).toBe(0);
  const store = await openStore(target);
  try {
    const state = await storeState(store);
    expect(state.halfStored).toEqual([]);
    expect(state.rows).toBe(inputs.length);
    expect(state.inputs).toEqual([...inputs].sort());
  } finally {
    await store.close();
  }
}

describe(`kill -9 during ingest (seed ${SEED})`, () => {
  const inputs = writeCorpus();

  it('embedded database: reported articles survive, none half stored, resume without duplicates', { timeout: 180_000 }, async () => {
    await crashAndResume(join(dir, 'embedded-db'), inputs);
  });

  it.skipIf(!TEST_PG_URL)('PostgreSQL server: reported articles survive, none half stored, resume without duplicates', { timeout: 180_000 }, async () => {
    const database = await freshDatabase('ct_crash');
    try {
      await crashAndResume(database.url, inputs);
    } finally {
      await database.drop();
    }
  });
});
