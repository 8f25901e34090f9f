import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/claimtrail.js';
const FIXTURES = 'test/fixtures/trail/html';
/** A page of FIXTURES with its own publication date (before 2031). */
const PAGE = 'kyiv-2025-01-07.html';

/** The compiled CLI (npm test builds it first) on a fresh embedded database. */
// Each call starts a process that loads the NLP model and the database: slow on a busy machine.
describe('claimtrail ingest / figures / claims / search / export', { timeout: 120_000 }, () => {
  let dir: string;
  let db: string;
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args, '--db', db], { maxBuffer: 1 << 24 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-cli-'));
    db = join(dir, 'db');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('ingests a folder; re-ingesting updates instead of duplicating, and a bad input spoils nothing', async () => {
    expect(await cli('ingest', FIXTURES)).toMatchObject({ code: 0, stdout: `stored 5 articles in ${db} (5 new, 0 updated), 0 inputs failed\n` });
    const again = await cli('ingest', FIXTURES, join(dir, 'missing.txt'));
    expect(again).toMatchObject({ code: 1, stdout: `stored 5 articles in ${db} (0 new, 5 updated), 1 input failed\n` });
    expect(again.stderr).toContain('missing.txt');
  });

  it('builds the Kursk series from the analysed articles', async () => {
    const { stdout } = await cli('figures', '--json', '--query', 'kursk');
    const series = JSON.parse(stdout) as { id: string; points: { outlet: string }[]; flags: { kind: string }[] }[];
    const kursk = series.find((s) => s.id === 'killed+wounded~north-korea~kursk');
    expect(kursk?.points.length).toBeGreaterThanOrEqual(3);
    expect(new Set(kursk?.points.map((p) => p.outlet))).toContain('Kyiv Ledger');
    expect(kursk?.flags.map((f) => f.kind)).toContain('disagreement');
  });

  it('dates plain text by --published, while a page keeps its own date', async () => {
    const text = join(dir, 'toll.txt');
    await writeFile(text, 'The ministry said on Tuesday that 52 people had died in the flood at Lume.\n');
    expect(await cli('ingest', text, join(FIXTURES, PAGE), '--published', '2031-03-05', '--quiet')).toMatchObject({ code: 0 });
    const claims = JSON.parse((await cli('claims', '--since', '2031-01-01', '--json')).stdout) as { published: string; content: string }[];
    expect(claims.map((c) => [c.published, c.content])).toEqual([['2031-03-05', 'that 52 people had died in the flood at Lume']]);
    expect(await cli('ingest', text, '--published', 'Tuesday')).toMatchObject({ code: 2, stderr: "claimtrail ingest: --published expects YYYY-MM-DD, got 'Tuesday'\n" });
  });

  it('filters claims, searches and exports', async () => {
    const claims = await cli('claims', '--since', '2025-01-01', '--json');
    expect((JSON.parse(claims.stdout) as { published: string }[]).every((c) => c.published >= '2025-01-01')).toBe(true);
    expect(await cli('claims', '--since', 'soon')).toMatchObject({ code: 2, stderr: "claimtrail claims: --since expects YYYY-MM-DD, got 'soon'\n" });
    expect((await cli('search', 'satellite imagery')).stdout).toMatch(/^1 articles, /u);
    const csv = (await cli('export', '--format', 'csv', '--table', 'figures')).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^series,id,articleId,docId,/u);
    expect(await cli('export', '--format', 'xml')).toMatchObject({ code: 2, stderr: "claimtrail export: --format expects csv or jsonl, got 'xml'\n" });
  });
});

describe('toCsv', () => {
  it('quotes separators and neutralises spreadsheet formulas', async () => {
    const { toCsv } = await import('../../src/cli/export-command.js');
    expect(toCsv([{ a: 'x, "y"', b: '=HYPERLINK("evil")', c: -5, d: null }])).toBe('a,b,c,d\r\n"x, ""y""","\'=HYPERLINK(""evil"")",-5,\r\n');
    expect(toCsv([])).toBe('');
  });
});
