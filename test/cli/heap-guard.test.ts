import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageAbove } from '../../src/cli/heap-guard.js';

describe('collectGarbageAbove', () => {
  it('leaves a heap under the ceiling alone', () => {
    expect(collectGarbageAbove(1e6)).toBe(false);
  });

  it('runs a full collection above the ceiling, which frees unreferenced memory', () => {
    let garbage: string[][] | null = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 100 }, (_, j) => `${i}:${j}`.repeat(4)));
    const before = v8.getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(2000);
    garbage = null;
    expect(collectGarbageAbove(0)).toBe(true);
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(before - 10 * 2 ** 20);
  });
});
