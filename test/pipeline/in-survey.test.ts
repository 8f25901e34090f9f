import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const claimsOf = (text: string) =>
  analyze(text).claims.map((c) => ({ cue: c.cue && text.slice(c.cue.start, c.cue.end), source: c.source && text.slice(c.source.start, c.source.end), content: c.content.map((s) => text.slice(s.start, s.end)), evidence: c.evidence }));

describe('a poll or survey at the head of a sentence', () => {
  it('is the source of what the sentence reports', () => {
    const text = 'In a Gallup survey released on Monday, 52 percent of registered voters approved of the new budget.';
    expect(claimsOf(text)).toContainEqual({ cue: 'In', source: 'a Gallup survey released on Monday', content: ['52 percent of registered voters approved of the new budget'], evidence: 'according-to' });
  });

  it('is not read into a place, a document or a bare phrase that only mentions polls', () => {
    for (const text of [
      'In eight of nine states where exit polls were conducted, turnout rose sharply on Tuesday.',
      'In a memo released as polls closed, the campaign manager conceded the state to his rival.',
      'In the polls, anyway.',
      'In the capital, the new bridge opened to traffic on Friday.',
    ]) expect(claimsOf(text).filter((c) => c.cue === 'In')).toEqual([]);
  });
});
