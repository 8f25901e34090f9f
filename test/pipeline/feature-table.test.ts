import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../src/pipeline/attribution/feature-table.js';

/** A reproducible pseudo-random sequence (no Math.random: a failure must replay). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}

describe('FeatureTable', () => {
  it('finds every stored key and only those, as a Map of string keys does', () => {
    const next = lcg(7);
    const reference = new Map<string, number[]>();
    const table = new FeatureTable(20_000, 3);
    for (let n = 0; n < 20_000; n++) {
      // small ranges so that keys share parts and hash near each other
      const key = [next() % 40, next() % 3000, (next() % 3001) - 1, (next() % 60) - 1] as const;
      const row = [n + 1, -n - 1, n / 7 + 1];
      reference.set(key.join(','), row);
      table.set(key[0], key[1], key[2], key[3], row);
    }
    for (let n = 0; n < 40_000; n++) {
      const key = [next() % 40, next() % 3000, (next() % 3001) - 1, (next() % 60) - 1] as const;
      const into = new Float64Array(5).fill(1);
      table.addTo(key[0], key[1], key[2], key[3], into, 1);
      const row = reference.get(key.join(','));
      expect([...into]).toEqual(row ? [1, 1 + row[0]!, 1 + row[1]!, 1 + row[2]!, 1] : [1, 1, 1, 1, 1]);
    }
    for (const [key, row] of reference) {
      const [k, a, b, c] = key.split(',').map(Number) as [number, number, number, number];
      const into = new Float64Array(3);
      table.addTo(k, a, b, c, into, 0);
      expect([...into]).toEqual(row);
    }
  });

  it('tells apart keys that differ only in which part is missing', () => {
    const table = new FeatureTable(4, 1);
    table.set(1, 5, -1, -1, [1]);
    table.set(1, 5, 0, -1, [2]);
    table.set(1, 5, -1, 0, [4]);
    table.set(2, 5, -1, -1, [8]);
    const score = (k: number, a: number, b: number, c: number) => {
      const into = new Float64Array(1);
      table.addTo(k, a, b, c, into, 0);
      return into[0];
    };
    expect([score(1, 5, -1, -1), score(1, 5, 0, -1), score(1, 5, -1, 0), score(2, 5, -1, -1), score(1, 4, -1, -1)]).toEqual([1, 2, 4, 8, 0]);
  });

  it('overwrites a key set twice, and refuses ids or entries it cannot hold', () => {
    const table = new FeatureTable(1, 2);
    table.set(0, 1, 2, 3, [1, 1]);
    table.set(0, 1, 2, 3, [5, 6]);
    const into = new Float64Array(2);
    table.addTo(0, 1, 2, 3, into, 0);
    expect([...into]).toEqual([5, 6]);
    expect(() => table.set(0, 1, 2, 4, [0, 0])).toThrow(/capacity/);
    expect(() => new FeatureTable(1, 1).set(0, 1 << 21, -1, -1, [0])).toThrow(/out of range/);
    expect(() => new FeatureTable(1, 1).set(0, 1, 2, 5000, [0])).toThrow(/out of range/);
  });
});
