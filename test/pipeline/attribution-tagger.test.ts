import { describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';
import { cueLattice, decodeCues, tagCues } from '../../src/pipeline/attribution/cue-tagger.js';
import { buildView } from '../../src/pipeline/attribution/view.js';

function view(text: string) {
  let doc: Doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return buildView({ ...doc, ...splitSentences(doc) });
}

describe('cue tagger', () => {
  const surface = (v: ReturnType<typeof view>, spans: [number, number][]) => spans.map(([a, b]) => v.text.slice(v.tokens[a]!.start, v.tokens[b]!.end));

  it('the lattice lets only openers outside quotations open a cue, and ends a cue at words that never carry one', () => {
    const v = view('Roe said "we warned them" and added the rest.');
    const lattice = cueLattice(v.tokens, 0, v.tokens.length - 1, (i) => v.tokens[i]!.start > 9 && v.tokens[i]!.start < 24, new Set(['said', 'warned', 'added']));
    const at = (word: string) => v.tokens.findIndex((t) => t.text === word);
    expect(lattice.canOpen[at('said')]).toBe(true);
    expect(lattice.canOpen[at('warned')]).toBe(false); // inside the quotation
    expect(lattice.canOpen[at('added')]).toBe(true);
    expect(lattice.canOpen[at('Roe')] || lattice.canContinue[at('Roe')]).toBe(false); // a proper noun never carries a cue
    expect(lattice.canContinue[at('the')]).toBe(false); // nor does a determiner
    expect(lattice.features[at('the')]).toBeUndefined(); // unscored
    expect(lattice.features[at('said')]).toContain('w=said');
  });

  it('decodes with given weights: B then I extends the span, and an I never follows an O', () => {
    const v = view('It rained, according to Roe.');
    const all = (i: number) => (void i, false);
    const lattice = (openers: string[]) => cueLattice(v.tokens, 0, v.tokens.length - 1, all, new Set(openers));
    const w = new Map([['w=according', [0, 5, 0]], ['w-1|w=according|to', [0, 0, 20]]]);
    const tags = decodeCues(lattice(['according']), w);
    expect(surface(v, tags.flatMap((t, i) => (t === 1 ? [[i, tags[i + 1] === 2 ? i + 1 : i] as [number, number]] : [])))).toEqual(['according to']);
    // without the continuation weight "to" stays outside the cue
    expect(decodeCues(lattice(['according']), new Map([['w=according', [0, 5, 0]]]))).toEqual([0, 0, 0, 1, 0, 0, 0]);
    // "to" scores high as I, but "according" cannot open a cue, so neither is tagged
    expect(decodeCues(lattice([]), w)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('the committed weights find common cues and leave plain sentences alone', () => {
    const v = view('The governor said the road would open. The road is open.');
    const [s0, s1] = v.sentenceTokens;
    expect(surface(v, tagCues(v, s0![0], s0![1]))).toEqual(['said']);
    expect(tagCues(v, s1![0], s1![1])).toEqual([]);
  });

  it('reads a headline in title case, where every word looks like a proper noun', () => {
    const v = view('Governor Demands Audit Of Election Results');
    const [first, last] = v.sentenceTokens[0]!;
    expect(v.tokens.find((t) => t.text === 'Demands')!.pos).toBe('PROPN'); // what makes headlines hard
    expect(surface(v, tagCues(v, first, last))).toEqual(['Demands']);
    expect(cueLattice(v.tokens, first, last, () => false).canOpen.some(Boolean)).toBe(true);
  });
});
