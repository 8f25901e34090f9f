import { describe, expect, it } from 'vitest';
import { formatSeries } from '../../src/cli/figures-command.js';
import { buildSeries } from '../../src/trail/build-series.js';
import { exactly, point } from '../helpers/figure-point.js';

describe('formatSeries', () => {
  it('prints the first eight disagreements of a series and counts the rest', () => {
    // twelve outlets, each with its own count of troops the same week (no running total that may have grown): every pair disagrees
    const [series] = buildSeries(Array.from({ length: 12 }, (_, i) => point({ source: `Outlet ${i}`, date: `2031-03-0${1 + (i % 5)}`, categories: ['troops'], surface: String(100 + i), ...exactly(100 + i) })));
    const lines = formatSeries(series!).trimEnd().split('\n');
    expect(series!.flags.filter((f) => f.kind === 'disagreement')).toHaveLength(66);
    expect(lines.filter((l) => l.startsWith('  ! disagreement:'))).toHaveLength(8);
    expect(lines.at(-1)).toBe('  ! … and 58 more disagreements (--json lists them all)');
  });
});

describe('formatSeries with a wire story reprinted by many outlets', () => {
  it('prints one line per day, source, wording and figure, naming the first outlets and counting the rest', () => {
    const reprint = (outlet: string) => point({ source: 'the ministry', outlet, date: '2031-03-01', surface: 'at least 23', lower: 23, upper: null, value: 23, bound: 'at_least' });
    // the Beacon printed it twice (its headline and its story): it is named once
    const [series] = buildSeries([...['Beacon', 'Courier', 'Beacon', 'Sentinel', 'Post', 'Star'].map(reprint), point({ source: 'the ministry', outlet: 'Review', date: '2031-03-02', surface: '31', ...exactly(31) })]);
    const lines = formatSeries(series!).trimEnd().split('\n');
    expect(lines[0]).toMatch(/ 7 figures$/u);
    expect(lines.filter((l) => l.startsWith('  2031'))).toEqual(['  2031-03-01  Beacon, Courier, Sentinel and 2 more  the ministry: "at least 23" = at least 23', '  2031-03-02  Review  the ministry: "31" = 31']);
  });
});
