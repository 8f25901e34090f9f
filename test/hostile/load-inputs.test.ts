/**
 * The bad-input corpus through `loadInputs`, in a child process (a synchronous hang in a parser
 * could not be interrupted in-process). The child reports each input as it finishes; if it dies
 * or stalls, the input it was on is the culprit and a fresh child takes the rest.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, type HostileCase } from './corpus.js';
import type { LoadSummary } from './load-child.js';
import { KNOWN_FAILURE_LIMIT_MS, unnamedErrors } from './verdict.js';

/** Loader cases failing in code owned by others: `case name` -> symptom. Printed, not failed. */
export const KNOWN_LOADER_FAILURES: Readonly<Record<string, string>> = {
  // Fixed in src/ingest/read-warc.ts on 2026-11-25 (a truncated WARC and a lying Content-Length hung).
};

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-hostile-load-'));
const results = new Map<string, LoadSummary | string>();

/** Runs the child over `cases`, restarting it after a crash or a stall. */
async function runAll(cases: readonly HostileCase[]): Promise<void> {
  let rest = [...cases];
  while (rest.length > 0) {
    const jobs = rest.map((c) => ({ path: join(dir, c.file), ...(c.forbid ? { forbid: c.forbid } : {}) }));
    const done = await runChild(jobs, rest);
    rest = rest.slice(done);
  }
}

function runChild(jobs: readonly { path: string }[], cases: readonly HostileCase[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let finished = 0;
    let current = -1;
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (index: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), limitOf(cases[index]));
    };
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
    child.stdout.on('data', (b: Buffer) => {
      buffer += b.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = JSON.parse(buffer.slice(0, nl)) as { start?: string } & LoadSummary;
        buffer = buffer.slice(nl + 1);
        if (line.start !== undefined) {
          current = finished;
          arm(current);
        } else {
          results.set(cases[finished]!.name, line);
          finished++;
        }
      }
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (finished < cases.length) {
        const culprit = finished;
        const why = signal === 'SIGKILL' ? `no answer within ${limitOf(cases[culprit])} ms (killed)` : `loader process died (code ${code}, ${signal}): ${stderr.trim().split('\n').slice(-2).join(' | ')}`;
        results.set(cases[culprit]!.name, why);
        resolve(culprit + 1);
      } else resolve(finished);
    });
  });
}

/** Known failures get a short limit: their symptom is known and the CPU is shared. */
function limitOf(c: HostileCase | undefined): number {
  const limit = c?.timeoutMs ?? 60_000;
  return c && KNOWN_LOADER_FAILURES[c.name] ? Math.min(limit, KNOWN_FAILURE_LIMIT_MS) : limit;
}

function judge(c: HostileCase, r: LoadSummary | string): string | null {
  if (typeof r === 'string') return r;
  if (r.threw) return `threw instead of yielding an InputError: ${r.threw}`;
  if (r.forbidden) return `an article contains forbidden ${JSON.stringify(c.forbid)}`;
  if (r.badItems.length) return r.badItems.join('; ');
  const unnamed = unnamedErrors(c, r.path, r.errors);
  if (unnamed.length) return `error does not name the input: ${unnamed[0]}`;
  if (r.items === 0 && r.errors.length === 0) return 'neither an article nor an error';
  if (c.expect === 'error' && r.items > 0) return `gave ${r.items} article(s) but should be refused`;
  if (c.expect === 'result' && r.items === 0) return `refused but should give an article: ${r.errors[0]}`;
  return null;
}

const known: string[] = [];
beforeAll(async () => {
  for (const c of HOSTILE) writeFileSync(join(dir, c.file), c.bytes());
  await runAll(HOSTILE);
}, HOSTILE.reduce((n, c) => n + limitOf(c), 60_000));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (known.length) console.warn(`[hostile] KNOWN_LOADER_FAILURES, reported to their owners:\n  ${known.join('\n  ')}`);
});

describe('loadInputs on hostile input yields a clear InputError naming the input or a usable article', () => {
  for (const c of HOSTILE) {
    it(c.name, () => {
      const r = results.get(c.name);
      expect(r, 'the loader never reached this input').toBeDefined();
      const problem = judge(c, r!);
      if (problem && KNOWN_LOADER_FAILURES[c.name]) {
        known.push(`${c.name}: ${problem}`);
        return;
      }
      expect(problem ?? 'ok').toBe('ok');
    });
  }
});
