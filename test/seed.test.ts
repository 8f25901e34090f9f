import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The shared contract check over the sample article, run through the built CLI as users run it.
const checker = '../shared/tools/check-seed.mjs';
const seed = '../shared/seed/kursk-casualties.txt';

describe('seed article contract', () => {
  it.runIf(existsSync(checker))('passes every check of check-seed.mjs', () => {
    let output: string;
    try {
      output = execFileSync(process.execPath, [checker, '.', seed], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim().split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
    expect(output).toMatch(/^(\d+)\/\1 seed checks$/mu);
  });
});
