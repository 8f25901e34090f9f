import { describe, expect, it } from 'vitest';
import { firstAnnotatorFiles, parseBrat, type GoldRelation } from '../../eval/attribution/brat.js';
import { countPaired, countRelations, countRelationsBySource, countRole, emptyCounts, loosen, prf, type ScoredDoc } from '../../eval/attribution/score.js';

// Our own sentence: offsets into it are used below.
const text = 'The mayor said the bridge will reopen. "It is safe," she added.';
//            0   4     10   15                          38 40          51 53  57
const ann = [
  'E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3',
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 37\tthe bridge will reopen',
  'T4\tSource 53 56\tshe',
  'T5\tCue 57 62\tadded',
  'T6\tContent 39 46;47 52\t"It is … safe,"',
  'E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6',
  'T7\tDiscard 0 3\tThe',
].join('\n');

const rel = (cue: [number, number] | null, source: [number, number] | null, content: [number, number][] | null): GoldRelation => ({
  id: 'p',
  cue: cue && [{ start: cue[0], end: cue[1] }],
  source: source && [{ start: source[0], end: source[1] }],
  content: content && content.map(([start, end]) => ({ start, end })),
});

describe('parseBrat', () => {
  it('reads events before their T lines and discontinuous spans', () => {
    const gold = parseBrat(ann, 'x.ann');
    expect(gold).toHaveLength(2);
    expect(gold[0]).toMatchObject({ cue: [{ start: 10, end: 14 }], source: [{ start: 0, end: 9 }], content: [{ start: 15, end: 37 }] });
    expect(gold[1]!.content).toEqual([{ start: 39, end: 46 }, { start: 47, end: 52 }]);
  });
  it('joins a continuation line to its record and reads no-source events', () => {
    const gold = parseBrat('T1\tCue 0 4\tsaid\nT2\tContent 5 9;10 12\tab\ncd\nE1\tAttribution-no-source:T1 Cue:T1 Content:T2', 'y.ann');
    expect(gold).toEqual([{ id: 'E1', cue: [{ start: 0, end: 4 }], source: null, content: [{ start: 5, end: 9 }, { start: 10, end: 12 }] }]);
  });
  it('rejects bad offsets naming the file', () => {
    expect(() => parseBrat('T1\tCue a b\tx', 'bad.ann')).toThrow('bad.ann T1: bad offsets "a b"');
  });
  it('picks the first annotator file per article', () => {
    expect([...firstAnnotatorFiles(['a_ef2d.ann', 'a_4b22.ann', 'b_d473.ann', 'notes.txt'])]).toEqual([['a', 'a_4b22.ann'], ['b', 'b_d473.ann']]);
  });
});

describe('scoring', () => {
  const gold = parseBrat(ann, 'x.ann');
  it('exact, loose and overlap per role', () => {
    // source exact; content includes the final full stop (loose match only); cue wrong
    const doc: ScoredDoc = { text, gold, predicted: [rel([4, 9], [0, 9], [[15, 38]])] };
    const exact = { source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() };
    countRole(doc, 'source', 'exact', exact.source);
    countRole(doc, 'cue', 'exact', exact.cue);
    countRole(doc, 'content', 'exact', exact.content);
    expect(exact.source).toEqual({ tp: 1, predicted: 1, gold: 2, found: 1 });
    expect(exact.cue.tp).toBe(0);
    expect(exact.content.tp).toBe(0);
    const loose = emptyCounts();
    countRole(doc, 'content', 'loose', loose);
    expect(loose.tp).toBe(1);
    const overlap = emptyCounts();
    countRole(doc, 'cue', 'overlap', overlap);
    expect(overlap).toEqual({ tp: 0, predicted: 1, gold: 2, found: 0 });
  });
  it('relation needs an overlapping cue and loose source and content', () => {
    const good = emptyCounts();
    countRelations({ text, gold, predicted: [rel([10, 14], [0, 9], [[15, 38]]), rel([57, 62], [53, 56], [[40, 51]])] }, good);
    expect(good).toEqual({ tp: 1, predicted: 2, gold: 2, found: 1 });
    expect(prf(good)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    const none = emptyCounts();
    countRelations({ text, gold, predicted: [rel([0, 3], [0, 9], [[15, 37]])] }, none);
    expect(none.tp).toBe(0);
  });
  it('paired (citron) scoring pairs by overlapping cue, then needs the exact span list, not one-to-one', () => {
    // two predictions pair with the same gold relation (their cues overlap "said"): both count, the gold one once
    const content = emptyCounts();
    countPaired({ text, gold, predicted: [rel([10, 13], null, [[15, 37]]), rel([10, 14], [0, 9], [[15, 37]])] }, 'content', content);
    expect(content).toEqual({ tp: 2, predicted: 2, gold: 2, found: 1 });
    // the same content under a cue that overlaps no gold cue does not count; a discontinuous content must match every fragment
    const off = emptyCounts();
    countPaired({ text, gold, predicted: [rel([0, 3], [0, 9], [[15, 37]]), rel([57, 62], [53, 56], [[39, 52]])] }, 'content', off);
    expect(off).toEqual({ tp: 0, predicted: 2, gold: 2, found: 0 });
    const source = emptyCounts();
    countPaired({ text, gold, predicted: [rel([10, 14], null, [[15, 37]]), rel([57, 62], [53, 56], null)] }, 'source', source);
    expect(source).toEqual({ tp: 1, predicted: 1, gold: 2, found: 1 });
  });
  it('splits relations by whether they name a source', () => {
    const noSourceGold = parseBrat('T1\tCue 15 20\tbridg\nT2\tContent 21 37\tx\nE1\tAttribution-no-source:T1 Cue:T1 Content:T2', 'n.ann');
    const withSource = emptyCounts(), noSource = emptyCounts();
    countRelationsBySource({ text, gold: [...gold, ...noSourceGold], predicted: [rel([10, 14], [0, 9], [[15, 37]]), rel([15, 20], null, [[21, 37]]), rel([57, 62], null, [[39, 46], [47, 52]])] }, withSource, noSource);
    expect(withSource).toEqual({ tp: 1, predicted: 1, gold: 2, found: 1 });
    expect(noSource).toEqual({ tp: 1, predicted: 2, gold: 1, found: 1 });
  });
  it('loosen strips whitespace, punctuation and quote marks', () => {
    expect(loosen(' "Yes," ', [{ start: 0, end: 8 }])).toEqual([{ start: 2, end: 5 }]);
    expect(loosen('...', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
