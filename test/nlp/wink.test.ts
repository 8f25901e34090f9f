import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/wink.js';

describe('tokenize', () => {
  it('gives tokens offsets that slice to their text, across quotes, contractions and odd spacing', () => {
    const text = '“We can’t stop,” she said.\n\n  It rained\u00a0all day. Prices rose 3.5%.';
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['“We can’t stop,” she said.', 'It rained\u00a0all day.', 'Prices rose 3.5%.']);
    for (const t of sentences.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('cuts a run of thousands of non-space characters into pieces instead of stalling', () => {
    const text = `Officials said ${'x'.repeat(200_000)} was posted.`;
    const tokens = tokenize(text).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]!.text).toBe('Officials');
    expect(tokens[tokens.length - 1]!.text).toBe('.');
  });
});
