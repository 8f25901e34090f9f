import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeGolden, listGoldens } from './helpers/goldens.js';

// Whole-article goldens over articles we wrote ourselves; regenerate with scripts/write-goldens.ts and review the diff.
describe.each(listGoldens())('golden article $slug', (golden) => {
  it('matches the reviewed expected.json', () => {
    expect(existsSync(golden.expectedPath)).toBe(true);
    expect(analyzeGolden(golden)).toEqual(JSON.parse(readFileSync(golden.expectedPath, 'utf8')));
  });
});
