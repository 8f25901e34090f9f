import { describe, expect, it } from 'vitest';
import { emptyDoc, type Doc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';
import { cueEmissions, cueLattice, decodeCues, tagCues } from '../../src/pipeline/attribution/cue-tagger.js';
import { cueFeatures } from '../../src/pipeline/attribution/cue-features.js';
import weights from '../../src/pipeline/attribution/cue-weights.json' with { type: 'json' };
import { readFileSync, readdirSync } from 'node:fs';
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
  });

  it('decodes with given weights: B then I extends the span, and an I never follows an O', () => {
    const v = view('It rained, according to Roe.');
    const all = (i: number) => (void i, false);
    const lattice = (openers: string[]) => cueLattice(v.tokens, 0, v.tokens.length - 1, all, new Set(openers));
    const w = new Map([['w=according', [0, 5, 0]], ['w-1|w=according|to', [0, 0, 20]]]);
    const tags = decodeCues(v.tokens, lattice(['according']), w);
    expect(surface(v, tags.flatMap((t, i) => (t === 1 ? [[i, tags[i + 1] === 2 ? i + 1 : i] as [number, number]] : [])))).toEqual(['according to']);
    // without the continuation weight "to" stays outside the cue
    expect(decodeCues(v.tokens, lattice(['according']), new Map([['w=according', [0, 5, 0]]]))).toEqual([0, 0, 0, 1, 0, 0, 0]);
    // "to" scores high as I, but "according" cannot open a cue, so neither is tagged
    expect(decodeCues(v.tokens, lattice([]), w)).toEqual([0, 0, 0, 0, 0, 0, 0]);
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

  it('scores by interned parts exactly as by the string keys of the features', () => {
    const w = new Map(Object.entries(weights as unknown as Record<string, number[]>));
    // a hand-made key whose part is "|" ("said" two tokens before it), which the numeric tables cannot split back
    w.set('w+2=|', [0, 7, 0]);
    const dir = 'test/fixtures/articles';
    const texts = [...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => readFileSync(`${dir}/${d.name}/input.txt`, 'utf8')), 'He said a|b “quoted” — she added: fine.'];
    let scored = 0;
    for (const text of texts) {
      const v = view(text);
      for (const [first, last] of v.sentenceTokens) {
        if (last < first) continue;
        const lattice = cueLattice(v.tokens, first, last, (i) => i % 5 === 0);
        const fast = cueEmissions(v.tokens, lattice, w);
        lattice.quoted.forEach((quoted, k) => {
          if (!lattice.canOpen[k] && !lattice.canContinue[k]) return;
          scored++;
          const slow = [0, 0, 0];
          for (const f of cueFeatures(v.tokens, first + k, first, last, quoted)) w.get(f)?.forEach((x, t) => (slow[t]! += x));
          for (let t = 0; t < 3; t++) if (Number.isFinite(fast[k * 3 + t])) expect(fast[k * 3 + t]).toBeCloseTo(slow[t]!, 9);
        });
      }
    }
    expect(scored).toBeGreaterThan(50);
  });
});
