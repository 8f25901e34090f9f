import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analyze.js';
import { newsText } from './news-text.js';

describe('analysis is deterministic', () => {
  it('gives the same doc for the same text, whatever was analysed in between', () => {
    fc.assert(
      fc.property(newsText(30), newsText(30), (text, other) => {
        const first = JSON.stringify(analyze(text, { published: '2024-12-24' }));
        analyze(other, { published: '2021-01-01' });
        analyze(other);
        expect(JSON.stringify(analyze(text, { published: '2024-12-24' }))).toBe(first);
      }),
      { numRuns: 25 },
    );
  });

  it('ignores the wall clock: with no publication date nothing depends on today', () => {
    const text = 'The mayor said on Monday that 40 homes were flooded last week. "We are coping," she said.';
    const before = JSON.stringify(analyze(text));
    const realNow = Date.now;
    try {
      Date.now = () => Date.UTC(1990, 0, 1);
      expect(JSON.stringify(analyze(text))).toBe(before);
    } finally {
      Date.now = realNow;
    }
  });
});
