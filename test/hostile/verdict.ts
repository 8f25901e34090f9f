/**
 * Judges what the CLI or the loader did with a hostile input: a clean result, a clear error
 * naming the input, or a failure (crash, stack trace, hang, error not naming the input, output
 * that breaks the span contract). Failures listed in KNOWN_FAILURES are printed, not failed.
 */
import type { Doc } from '../../src/model/doc.js';
import { checkDoc } from '../properties/check-doc.js';
import type { HostileCase } from './corpus.js';
import type { Outcome } from './run-bounded.js';

/** Hostile cases that currently fail in code owned by other engineers: `case name` -> symptom seen. */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  // Fixed by their owners on 2026-11-25 (were: 50 MB of text and a 1 MB single word never finished
  // in src/nlp/wink.ts; a truncated WARC and a lying Content-Length hung src/ingest/read-warc.ts).
};

/** A known failure is run with this short limit only: its symptom is known, the CPU is shared. */
export const KNOWN_FAILURE_LIMIT_MS = 20_000;

export type Verdict = { ok: true; kind: 'result' | 'error'; note: string } | { ok: false; problem: string };

const STACK = /^\s+at .+[(:]\d+/mu;

export function judgeCli(c: HostileCase, path: string, outcome: Outcome): Verdict {
  if (outcome.timedOut) return { ok: false, problem: `no answer within ${c.timeoutMs ?? 60_000} ms (killed)` };
  if (outcome.signal) return { ok: false, problem: `killed by ${outcome.signal}: ${tail(outcome.stderr)}` };
  if (STACK.test(outcome.stderr)) return { ok: false, problem: `stack trace on stderr: ${tail(outcome.stderr)}` };
  if (c.forbid && outcome.stdout.includes(c.forbid)) return { ok: false, problem: `output contains forbidden ${JSON.stringify(c.forbid)}` };
  const docs: Doc[] = [];
  for (const line of outcome.stdout.split('\n')) {
    if (line.trim() === '') continue;
    try {
      docs.push({ tokens: [], ...(JSON.parse(line) as Omit<Doc, 'tokens'>) } as Doc);
    } catch {
      return { ok: false, problem: `stdout is not JSON lines: ${JSON.stringify(line.slice(0, 80))}` };
    }
  }
  for (const doc of docs) {
    const { hard } = checkDoc(doc, doc.text);
    if (hard.length) return { ok: false, problem: `output breaks the contract: ${hard.slice(0, 3).join('; ')}` };
  }
  if (outcome.code === 0) {
    if (c.expect === 'error') return { ok: false, problem: `accepted (exit 0, ${docs.length} docs) but should be refused` };
    if (docs.length === 0) return { ok: false, problem: 'exit 0 but no output' };
    return { ok: true, kind: 'result', note: `${docs.length} doc(s), ${docs.reduce((n, d) => n + d.text.length, 0)} chars` };
  }
  if (outcome.code === 1) {
    const unnamed = unnamedErrors(c, path, outcome.stderr.split('\n').filter((l) => l.trim() !== ''));
    if (unnamed.length) return { ok: false, problem: `exit 1 but the message does not name the input: ${tail(outcome.stderr)}` };
    if (c.expect === 'result' && docs.length === 0) return { ok: false, problem: `refused but should give a result: ${tail(outcome.stderr)}` };
    return { ok: true, kind: 'error', note: firstLine(outcome.stderr) };
  }
  return { ok: false, problem: `exit code ${outcome.code}: ${tail(outcome.stderr)}` };
}

/** Error lines that name neither the input file nor one of the URLs listed in it. */
export function unnamedErrors(c: HostileCase, path: string, lines: readonly string[]): string[] {
  const names = [path.split('/').pop()!, ...(c.names ?? [])];
  return lines.filter((line) => !names.some((n) => line.includes(n)));
}

const firstLine = (s: string): string => s.split('\n').find((l) => l.trim() !== '')?.slice(0, 160) ?? '';
const tail = (s: string): string => s.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
