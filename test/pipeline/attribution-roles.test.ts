import { describe, expect, it } from 'vitest';
import { allowed, viterbi } from '../../src/pipeline/attribution/role-viterbi.js';
import { analyze } from '../../src/analyze.js';

const claimsOf = (text: string) =>
  analyze(text).claims.map((c) => ({ cue: c.cue && text.slice(c.cue.start, c.cue.end), source: c.source && text.slice(c.source.start, c.source.end), content: c.content.map((s) => text.slice(s.start, s.end)) }));

describe('role tagger decoding', () => {
  it('never lets an inside tag follow O or the other role', () => {
    expect(allowed(0, 2)).toBe(false);
    expect(allowed(3, 2)).toBe(false);
    expect(allowed(1, 4)).toBe(false);
    expect(allowed(1, 2)).toBe(true);
    expect(allowed(3, 4)).toBe(true);
    expect(allowed(2, 3)).toBe(true);
  });

  it('viterbi turns an inside tag preferred after O into a legal path', () => {
    // token 0 strongly prefers O, token 1 prefers SI (illegal after O): the best legal path is O, SB
    expect(viterbi([Float64Array.from([9, 0, 0, 0, 0]), Float64Array.from([0, 1, 3, 0, 0])], () => 0)).toEqual([0, 1]);
    // when the begin tag is cheap enough, SB then SI wins
    expect(viterbi([Float64Array.from([0, 4, 0, 0, 0]), Float64Array.from([0, 0, 9, 0, 0])], () => 0)).toEqual([1, 2]);
  });
});

describe('role tagger in the pipeline: one whole noun phrase as source', () => {
  const rows: [string, { cue: string; source: string }][] = [
    ['According to the regional water authority, the reservoir is half empty.', { cue: 'According to', source: 'the regional water authority' }],
    ['The head of the local teachers union said the schools would stay shut.', { cue: 'said', source: 'The head of the local teachers union' }],
    ['“The dam will hold,” the chief engineer of the district said on Monday.', { cue: 'said', source: 'the chief engineer of the district' }],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining(want));
  });
  it('the source never reaches into the content after a comma', () => {
    const [c] = claimsOf('According to the ministry, prices rose by four percent.');
    expect(c!.source).toBe('the ministry');
    expect(c!.content).toEqual(['prices rose by four percent']);
  });
});
