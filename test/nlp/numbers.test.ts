import { describe, expect, it } from 'vitest';
import { findNumerals } from '../../src/nlp/numbers.js';

describe('findNumerals', () => {
  it('drops numerals too large for a double instead of reporting Infinity', () => {
    expect(findNumerals(`${'9'.repeat(400)} people`)).toEqual([]);
    expect(findNumerals('1e308 and 2,500 people').map((n) => n.value)).toContain(2500);
    expect(findNumerals('1e308 and 2,500 people').every((n) => Number.isFinite(n.value))).toBe(true);
  });
});

describe('digits written the European way', () => {
  it.each([
    ['Losses exceeded 3.000 soldiers.', '3.000', 3000],
    ['About 1.200.000 people fled.', '1.200.000', 1_200_000],
    ['Around 12,5 thousand troops arrived.', '12,5 thousand', 12_500],
    ['Some 1,250 people fled.', '1,250', 1250],
    ['The rate was 3.5 percent.', '3.5', 3.5],
    ['Growth was 1.125 percent.', '1.125', 1.125],
  ])('%s', (text, surface, value) => {
    expect(findNumerals(text).map((n) => [n.text, n.value])).toEqual([[surface, value]]);
  });
});

describe('large counts written the South Asian way', () => {
  it.each([
    ['About 1.5 lakh people were evacuated.', '1.5 lakh', 150_000],
    ['Two lakh people fled the floods.', 'Two lakh', 200_000],
    ['The state spent 2,000 crore on relief.', '2,000 crore', 20_000_000_000],
  ])('%s', (text, surface, value) => {
    expect(findNumerals(text).map((n) => [n.text, n.value])).toEqual([[surface, value]]);
  });
});
