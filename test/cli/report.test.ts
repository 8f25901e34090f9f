import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { formatReport } from '../../src/cli/report.js';

describe('formatReport', () => {
  it('groups claims by source and reads each figure as a phrase, times and places with their own prepositions', () => {
    const text = 'Twelve people were injured in Lume on Friday, the minister said. Four more were hurt in 2031.';
    const report = formatReport('blast.txt', analyze(text, { published: '2031-05-03' }));
    expect(report).toContain('  the minister\n    - indirect said: Twelve people were injured in Lume on Friday');
    expect(report).toContain('"Twelve" = 12 injured of people in Lume on Friday');
    // "four more" adds to a count: a signed change
    expect(report).toContain('"Four" = +4 injured in 2031');
    expect(formatReport('trade.txt', analyze('Exports fell 12 percent in May.', { published: '2031-06-01' }))).toContain('"12 percent" = −12 percent');
    expect(formatReport('toll.txt', analyze('Officials say 40 people are now known to have died.'))).toContain('"40" = 40 killed of people now');
    // whose figure its words say it is, when another relays it
    expect(formatReport('march.txt', analyze('The ministry said 35,000 people took part, more than the police figure of 31,000.'))).toContain('"31,000" = 31000 participants of people (police\'s figure)');
  });

  it('writes one colon after a cue that holds its own', () => {
    const report = formatReport('shop.txt', analyze('The shop owner said: “We lost everything.”'));
    expect(report).toContain('    - direct said: “We lost everything.”');
  });

  it('lists a relative source ("who") under the phrase it stands for', () => {
    const report = formatReport('wells.txt', analyze('Two wells were dry, according to field engineers, who said the pumps had failed.'));
    expect(report).toContain('  field engineers\n    - according-to according to: Two wells were dry\n    - indirect said: the pumps had failed');
  });
});
