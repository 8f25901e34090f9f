import { describe, expect, it } from 'vitest';
import * as claimtrail from '../src/index.js';

describe('public API', () => {
  it('exports exactly analyze, toOutput, loadInputs and the error classes at run time', () => {
    expect(Object.keys(claimtrail).sort()).toEqual(['ClaimtrailError', 'InputError', 'UsageError', 'analyze', 'loadInputs', 'toOutput']);
  });

  it('analyze returns the input text unchanged with every layer present', () => {
    const text = 'Officials said at least 12 people were hurt.\r\n\r\nÉlodie Martin, a nurse, said more.';
    const doc = claimtrail.analyze(text, { published: '2024-03-01' });
    expect(doc.text).toBe(text);
    const output = claimtrail.toOutput(doc);
    expect(Object.keys(output)).toEqual(expect.arrayContaining(['text', 'debris', 'headings', 'sentences', 'entities', 'claims', 'quantities', 'dates', 'framing']));
    expect(output).not.toHaveProperty('tokens');
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it('analyze refuses a publication date the calendar does not have, with an error that says so', () => {
    for (const published of ['2025-02-30', '2025-13-01', 'Tuesday']) {
      expect(() => claimtrail.analyze('Seven people died on Monday.', { published })).toThrow(new claimtrail.ClaimtrailError(`analyze: published must be a day as YYYY-MM-DD, got '${published}'`));
    }
    expect(claimtrail.analyze('Seven people died on Monday.', { published: '2024-02-29' }).dates.map((d) => d.date)).toEqual(['2024-02-26']);
  });
});
