/**
 * The learned cue tagger: an averaged perceptron over tokens (tags O/B/I) trained by
 * `npm run train` from PolNeAR's train split. It finds the long tail of cues no word list covers
 * ("criticized", "called for", "is expected"), with auxiliaries as annotators mark them.
 */
import type { Token } from '../../model/doc.js';
import { CUE_TAGS, cueFeatures, type CueTag } from './cue-features.js';
import { quoteAround, type View } from './view.js';
import weights from './cue-weights.json' with { type: 'json' };
import vocabulary from './cue-vocabulary.json' with { type: 'json' };

export type Weights = ReadonlyMap<string, readonly number[]>;

let loaded: Weights | undefined;
/** Words that open a cue in at least 2% of their uses in the training split: only they can start a cue. */
const OPENERS: ReadonlySet<string> = new Set(vocabulary as string[]);
/** The committed weights as a Map (a 150k-key object is slow to index), built once. */
function committed(): Weights {
  loaded ??= new Map(Object.entries(weights as unknown as Record<string, number[]>));
  return loaded;
}

/** Parts of speech that never carry a cue: their tokens are tagged O without scoring. */
const NEVER = new Set(['PROPN', 'DET', 'NUM', 'PRON', 'SYM', 'X', 'CCONJ', 'INTJ', 'SPACE']);

/** The best tag for a feature list under `w`. */
export function bestTag(w: Weights, features: readonly string[]): CueTag {
  const score = [0, 0, 0];
  for (const f of features) {
    const row = w.get(f);
    if (!row) continue;
    for (let k = 0; k < 3; k++) score[k]! += row[k]!;
  }
  let best = 0;
  for (let k = 1; k < 3; k++) if (score[k]! > score[best]!) best = k;
  return CUE_TAGS[best]!;
}

/** Greedy left-to-right tagging of one sentence: cue spans as [start, end] token indexes. */
export function tagCues(view: View, first: number, last: number, w: Weights = committed()): [number, number][] {
  const { tokens } = view;
  const spans: [number, number][] = [];
  let prev: CueTag = 'O';
  for (let i = first; i <= last; i++) {
    const t: Token = tokens[i]!;
    // speed gate: outside a cue, a word that never opens one is O without scoring (~1 token in 8 is scored)
    if (NEVER.has(t.pos) || (t.pos === 'PUNCT' && t.text !== ':') || (prev === 'O' && !OPENERS.has(t.text.toLowerCase()) && !OPENERS.has(t.lemma.toLowerCase()))) {
      prev = 'O';
      continue;
    }
    const inQuote = quoteAround(view, t.start) !== undefined;
    // only the outermost attribution is annotated: a cue opening inside a quotation is the quoted speaker's
    if (inQuote && prev === 'O') continue;
    let tag = bestTag(w, cueFeatures(tokens, i, first, last, inQuote, prev));
    if (tag === 'I' && prev === 'O') tag = 'B';
    if (tag === 'B') spans.push([i, i]);
    else if (tag === 'I') spans[spans.length - 1]![1] = i;
    prev = tag;
  }
  return spans;
}

