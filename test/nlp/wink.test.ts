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

  it('leaves words shorter than a long run whole, whatever white space (ASCII or not) separates them', () => {
    const words = (text: string) => tokenize(text).flatMap((s) => s.tokens).map((t) => t.text.length);
    const a = 'a'.repeat(200), b = 'b'.repeat(200);
    for (const space of [' ', '\t', '\u00a0', '\u2009', '\u3000']) expect(words(`${a}${space}${b}`)).toEqual([200, 200]);
    // a run of 300 after a non-breaking space is cut
    expect(Math.max(...words(`${a}\u00a0${'c'.repeat(300)}`))).toBeLessThan(300);
  });

  it('does not end a sentence after an abbreviation in brackets or before a lowercase word', () => {
    const text = 'Rep. Jane Roe (D-Mass.) said the plan would fail. Sen. John Doe (R-S.C.) agreed. He flew to the U.S. and back.\nnext line';
    expect(tokenize(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Rep. Jane Roe (D-Mass.) said the plan would fail.',
      'Sen. John Doe (R-S.C.) agreed.',
      'He flew to the U.S. and back.',
      'next line',
    ]);
  });

  it('does not end a sentence after a title abbreviation before a name', () => {
    const text = 'The spokesman, Maj. Gen. Ivan Roe, spoke first. Then he left.';
    expect(tokenize(text).map((s) => text.slice(s.start, s.end))).toEqual(['The spokesman, Maj. Gen. Ivan Roe, spoke first.', 'Then he left.']);
  });

  it('splits the full stop off a lowercase word wink read as an abbreviation, and ends the sentence there', () => {
    const text = 'Nine workers fell ill. Then the plant shut. He weighed in. It is ranked no. 5, etc. and more.';
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Nine workers fell ill.', 'Then the plant shut.', 'He weighed in.', 'It is ranked no. 5, etc. and more.']);
    expect(sentences[0]!.tokens.map((t) => t.text).slice(-2)).toEqual(['ill', '.']);
    expect(sentences[3]!.tokens.map((t) => t.text)).toContain('no.');
  });

  it('tags a capitalised word inside a name as a name, not as the verb it also is', () => {
    const pos = (text: string) => tokenize(text).flatMap((s) => s.tokens).map((t) => `${t.text}/${t.pos}`);
    expect(pos('The Red Cross estimates that 900 people fled.')).toContain('Cross/PROPN');
    // a headline in title case keeps its verb
    expect(pos('Police Say Nine Died')).not.toContain('Say/PROPN');
  });

  it('tags a verb of evidence after a noun it agrees with as a verb, not a noun', () => {
    const pos = (text: string) => tokenize(text).flatMap((s) => s.tokens).map((t) => `${t.text}/${t.pos}`);
    expect(pos("The agency's figures show 1,200 people have died.")).toContain('show/VERB');
    expect(pos('The TV show that aired Monday drew 5 million viewers.')).toContain('show/NOUN');
    // at the end of the sentence, after a comma: the source after what it reports
    expect(pos('More than 4,000 operations were cancelled, health board figures show.')).toContain('show/VERB');
    expect(pos('Tickets sold out for the festival and the TV show.')).toContain('show/NOUN');
  });

  it("makes one quotation-mark token of two touching apostrophes", () => {
    const text = "''We won,'' she said. Rock 'n' roll.";
    const texts = tokenize(text).flatMap((s) => s.tokens).map((t) => t.text);
    expect(texts.filter((t) => t === "''")).toHaveLength(2);
    expect(texts.filter((t) => t === "'")).toHaveLength(2); // single apostrophes stay apart
  });

  it('cuts a run-on sentence into pieces of at most 250 tokens, after a comma where it can', () => {
    const text = 'the mayor said prices rose, '.repeat(200);
    const sentences = tokenize(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.tokens.length).toBeLessThanOrEqual(250);
      expect(s.tokens[s.tokens.length - 1]!.text).toBe(',');
    }
    expect(sentences.flatMap((s) => s.tokens)).toHaveLength(1200);
  });
});
