import { describe, expect, it } from 'vitest';
import { formatSeries } from '../../src/cli/figures-command.js';
import { buildSeries } from '../../src/trail/build-series.js';
import { exactly, point } from '../helpers/figure-point.js';

describe('formatSeries', () => {
  it('prints the first eight disagreements of a series and counts the rest', () => {
    // twelve outlets, each with its own figure the same week: every pair disagrees
    const [series] = buildSeries(Array.from({ length: 12 }, (_, i) => point({ source: `Outlet ${i}`, date: `2031-03-0${1 + (i % 5)}`, surface: String(100 + i), ...exactly(100 + i) })));
    const lines = formatSeries(series!).trimEnd().split('\n');
    expect(series!.flags.filter((f) => f.kind === 'disagreement')).toHaveLength(66);
    expect(lines.filter((l) => l.startsWith('  ! disagreement:'))).toHaveLength(8);
    expect(lines.at(-1)).toBe('  ! … and 58 more disagreements (--json lists them all)');
  });
});
