import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/analyze-command.js';
import { UsageError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ct-cli-'));
const fixture = (name: string) => new URL(`../fixtures/ingest/${name}`, import.meta.url).pathname;

/** Runs the analyze command in this process, capturing what it writes. */
async function analyzeCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await run(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}
afterEach(() => vi.restoreAllMocks());

describe('claimtrail analyze over ingested inputs', () => {
  it('a batch with a bad input: the others are analysed, the error names the input, exit 1', async () => {
    const bad = join(dir, 'missing.html');
    const { code, stdout, stderr } = await analyzeCli(['--jsonl', bad, fixture('feed-atom.xml')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`claimtrail analyze: cannot read ${bad}: no such file\n`);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; source?: { title?: string; url?: string } });
    expect(rows.map((r) => r.input)).toEqual([1, 2, 3].map((n) => `${fixture('feed-atom.xml')}#${n}`));
    expect(rows[0]!.source).toMatchObject({ format: 'feed', title: 'Fishing quotas cut by a third', url: 'https://coastline-wire.example/quotas' });
  });

  it('uses the page date as the publication date and skips a duplicate with a note (none with --quiet)', async () => {
    const copy = join(dir, 'copy.html');
    writeFileSync(copy, readFileSync(fixture('news-page.html')));
    const loud = await analyzeCli(['--jsonl', fixture('news-page.html'), copy]);
    expect(loud.code).toBe(0);
    expect(loud.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(loud.stdout).published).toBe('2025-03-14');
    expect(loud.stderr).toBe(`claimtrail analyze: ${copy} is the same article as ${fixture('news-page.html')}; skipped\n`);
    expect((await analyzeCli(['--jsonl', '--quiet', fixture('news-page.html'), copy])).stderr).toBe('');
  });

  it('prints warnings about guessed encodings unless --quiet', async () => {
    const { stderr } = await analyzeCli(['--jsonl', fixture('text-koi8-r.txt')]);
    expect(stderr).toBe(`claimtrail analyze: warning: ${fixture('text-koi8-r.txt')}: no charset declared and not valid UTF-8; decoded as koi8-r (a guess)\n`);
  });

  it('plain text output has no source block and the text is unaltered', async () => {
    const path = join(dir, 'plain.txt');
    writeFileSync(path, 'Share\n\nThe minister said the port would reopen.\n');
    const out = JSON.parse((await analyzeCli(['--json', path])).stdout) as Record<string, unknown>;
    expect(out['text']).toBe('Share\n\nThe minister said the port would reopen.\n');
    expect(out).not.toHaveProperty('source');
  });

  it.each([
    [['--format', 'pdf'], "--format expects one of auto, text, html, feed, jsonl, warc, got 'pdf'"],
    [['--json', '--jsonl'], 'choose one of --json and --jsonl'],
  ])('%j is a usage error', async (argv, message) => {
    await expect(run(argv)).rejects.toThrow(new UsageError(message));
  });
});

it('reads an HTML page from standard input (separate process)', () => {
  const script = "const m = await import('./src/cli/main.ts'); process.exitCode = await m.main(['analyze', '--json', '-'])";
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: new URL('../../', import.meta.url).pathname,
    input: readFileSync(fixture('news-page.html')),
    encoding: 'utf8',
  });
  const out = JSON.parse(stdout) as { input: string; source: { title: string }; text: string };
  expect(out.input).toBe('-');
  expect(out.source.title).toBe('Port city reopens after storm damage');
  expect(out.text.startsWith('Port city reopens after storm damage\n\n')).toBe(true);
});
