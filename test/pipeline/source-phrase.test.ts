import { describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';
import { phraseEndingAt } from '../../src/pipeline/attribution/source-phrase.js';

/** The source phrase ending right before the first "said" of `text`, as text. */
function phraseBeforeSaid(text: string): string | null {
  let doc: Doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  const { tokens } = splitSentences(doc);
  const cue = tokens.findIndex((t) => t.text === 'said');
  const phrase = phraseEndingAt(tokens, cue - 1, 0);
  return phrase ? text.slice(tokens[phrase[0]]!.start, tokens[phrase[1]]!.end) : null;
}

describe('phraseEndingAt', () => {
  it.each([
    ['Rain fell, the regional weather office said.', 'the regional weather office'],
    ['Rain fell, Sen. Jane Roe said.', 'Sen. Jane Roe'],
    // a word joined by a hyphen is part of the compound, whatever part of speech wink gave it
    ['Rain fell, the flour-milling group said.', 'the flour-milling group'],
    ['Rain fell, the packaged-food maker said.', 'the packaged-food maker'],
  ])('%s', (text, phrase) => {
    expect(phraseBeforeSaid(text)).toBe(phrase);
  });

  it('reads no source phrase from a day', () => {
    expect(phraseBeforeSaid('Rain fell, officials on Tuesday said.')).toBeNull();
  });
});
