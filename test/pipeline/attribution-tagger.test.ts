import { describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';
import { bestTag, tagCues } from '../../src/pipeline/attribution/cue-tagger.js';
import { buildView } from '../../src/pipeline/attribution/view.js';

function view(text: string) {
  let doc: Doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return buildView({ ...doc, ...splitSentences(doc) });
}

describe('cue tagger', () => {
  it('bestTag sums feature rows and ignores unknown features', () => {
    const w = new Map([['a', [0, 2, 0]], ['b', [1, 0, 0]]]);
    expect(bestTag(w, ['a', 'b', 'zzz'])).toBe('B');
    expect(bestTag(w, ['b'])).toBe('O');
    expect(bestTag(w, [])).toBe('O');
  });

  it('tags with given weights: B then I extends the span, I after O opens one', () => {
    const v = view('It rained, according to Roe.');
    const w = new Map([['w=according', [0, 5, 0]], ['t-1|w=B|to', [0, 0, 20]]]);
    const spans = tagCues(v, 0, v.tokens.length - 1, w);
    expect(spans.map(([a, b]) => v.text.slice(v.tokens[a]!.start, v.tokens[b]!.end))).toEqual(['according to']);
    // without the continuation weight "to" stays outside the cue
    const alone = tagCues(v, 0, v.tokens.length - 1, new Map([['w=according', [0, 5, 0]]]));
    expect(alone.map(([a, b]) => v.text.slice(v.tokens[a]!.start, v.tokens[b]!.end))).toEqual(['according']);
  });

  it('the committed weights find common cues and leave plain sentences alone', () => {
    const v = view('The governor said the road would open. The road is open.');
    const [s0, s1] = v.sentenceTokens;
    const found = tagCues(v, s0![0], s0![1]).map(([a, b]) => v.text.slice(v.tokens[a]!.start, v.tokens[b]!.end));
    expect(found).toEqual(['said']);
    expect(tagCues(v, s1![0], s1![1])).toEqual([]);
  });
});
