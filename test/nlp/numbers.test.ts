import { describe, expect, it } from 'vitest';
import { findNumerals } from '../../src/nlp/numbers.js';

describe('findNumerals', () => {
  it('drops numerals too large for a double instead of reporting Infinity', () => {
    expect(findNumerals(`${'9'.repeat(400)} people`)).toEqual([]);
    expect(findNumerals('1e308 and 2,500 people').map((n) => n.value)).toContain(2500);
    expect(findNumerals('1e308 and 2,500 people').every((n) => Number.isFinite(n.value))).toBe(true);
  });
});
