import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync(process.execPath, ['bin/claimtrail.js', ...args], { encoding: 'utf8' });

describe('claimtrail CLI entry', () => {
  it('prints usage and exits 2 without a command', () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^usage: claimtrail <command>/u);
  });

  it('names an unknown command and exits 2', () => {
    const result = run(['analyse']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("claimtrail: unknown command 'analyse'");
  });

  it('rejects a malformed --published date without a stack trace', () => {
    const result = run(['analyze', '--published', '24/12/2024', '-']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("claimtrail analyze: --published expects YYYY-MM-DD, got '24/12/2024'");
    // nor a day the calendar does not have
    const invalid = run(['analyze', '--published', '2025-02-30', '-']);
    expect([invalid.status, invalid.stderr.trim()]).toEqual([2, "claimtrail analyze: --published expects YYYY-MM-DD, got '2025-02-30'"]);
  });

  it('prints its version', () => {
    expect(execFileSync(process.execPath, ['bin/claimtrail.js', '--version'], { encoding: 'utf8' })).toMatch(/^claimtrail \d+\.\d+\.\d+/u);
  });
});
