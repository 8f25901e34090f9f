/**
 * The learned cue tagger: an averaged structured perceptron over tokens (tags O/B/I, Viterbi
 * decoding) trained by `npm run train` from PolNeAR's train split. It finds the long tail of cues
 * no word list covers ("criticized", "called for", "is expected"), with auxiliaries as annotators
 * mark them. Decoding the whole sentence lets "is" open a cue because "warning" follows it.
 */
import type { Token } from '../../model/doc.js';
import { TRANSITION_ROWS } from './cue-features.js';
import { lowered } from './token-words.js';
import { addCueScores, type Weights } from './cue-lookup.js';
import { viterbi } from './bio-viterbi.js';
import { quoteAround, type View } from './view.js';
import { readWeights } from './read-weights.js';
import vocabulary from './cue-vocabulary.json' with { type: 'json' };

let loaded: Weights | undefined;
/** Words that open a cue in at least 2% of their uses in the training split: only they can start a cue. */
const OPENERS: ReadonlySet<string> = new Set(vocabulary as string[]);
/** The committed weights as a Map (a 150k-key object is slow to index), read once. */
function committed(): Weights {
  loaded ??= readWeights(new URL('./cue-weights.json', import.meta.url));
  return loaded;
}

/** Parts of speech that never carry a cue: their tokens are tagged O without scoring. */
const NEVER = new Set(['PROPN', 'DET', 'NUM', 'PRON', 'SYM', 'X', 'CCONJ', 'INTJ', 'SPACE']);
/** A cue goes on at most this many tokens past the last word that could open it. */
const MAX_TAIL = 3;

/**
 * The tags each token of sentence [first, last] may take; a token that may take more than O is
 * scored. Shared by training and tagging, so both decode over the same lattice: a cue opens only on
 * an opener outside quotations (only the outermost attribution is annotated), goes on only through
 * words that can carry a cue, and never reaches further than MAX_TAIL tokens past an opener.
 */
export interface CueLattice { first: number; last: number; canOpen: boolean[]; canContinue: boolean[]; quoted: boolean[] }

export function cueLattice(tokens: readonly Token[], first: number, last: number, inQuote: (i: number) => boolean, openers: ReadonlySet<string> = OPENERS): CueLattice {
  const n = last - first + 1;
  const lattice: CueLattice = { first, last, canOpen: new Array(n).fill(false), canContinue: new Array(n).fill(false), quoted: new Array(n).fill(false) };
  const opens = openerFlags(tokens, openers);
  let sinceOpener = Infinity;
  // a headline in title case is all proper nouns to the tagger: its capitalised words may still be cues
  let headline: boolean | undefined;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    sinceOpener++;
    if (NEVER.has(t.pos) && !(t.pos === 'PROPN' && (headline ??= isTitleCase(tokens, first, last)))) continue;
    if (t.pos === 'PUNCT' && t.text !== ':') continue;
    const opener = opens[i]!;
    const go = sinceOpener <= MAX_TAIL && (lattice.canOpen[i - first - 1] || lattice.canContinue[i - first - 1]) === true;
    if (!opener && !go) continue;
    const quoted = inQuote(i);
    const open = opener && !quoted;
    if (open) sinceOpener = 0;
    if (!open && !go) continue;
    lattice.canOpen[i - first] = open;
    lattice.canContinue[i - first] = go;
    lattice.quoted[i - first] = quoted;
  }
  return lattice;
}

const flagsOf = new WeakMap<readonly Token[], { openers: ReadonlySet<string>; flags: boolean[] }>();

/** Whether each token's word or lemma may open a cue: each distinct string of the document is looked up once. */
function openerFlags(tokens: readonly Token[], openers: ReadonlySet<string>): boolean[] {
  const known = flagsOf.get(tokens);
  if (known?.openers === openers) return known.flags;
  const { vocab, wordIndex, lemmaIndex } = lowered(tokens);
  const opener = vocab.map((s) => openers.has(s));
  const flags: boolean[] = [];
  for (let k = 0; k < tokens.length; k++) flags.push(opener[wordIndex[k]!]! || opener[lemmaIndex[k]!]!);
  flagsOf.set(tokens, { openers, flags });
  return flags;
}

const LETTER = /^\p{L}/u, CAPITAL = /^\p{Lu}/u;

/** Whether most words of sentence [first, last] (at least four) start with a capital, as in a headline. */
function isTitleCase(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0, capitals = 0;
  for (let i = first; i <= last; i++) {
    const w = tokens[i]!.text;
    if (w.length < 4 || !LETTER.test(w)) continue;
    words++;
    if (CAPITAL.test(w)) capitals++;
  }
  return words >= 4 && capitals >= 0.8 * words;
}

/** Whether the lattice lets any token of its sentence be part of a cue. */
export const anyCue = (lattice: CueLattice): boolean => lattice.canOpen.some(Boolean) || lattice.canContinue.some(Boolean);

/** Emission scores of a lattice under weights `w`: -Infinity where a tag is ruled out, 0 for O where nothing is scored. */
export function cueEmissions(tokens: readonly Token[], lattice: CueLattice, w: Weights): Float64Array {
  const n = lattice.canOpen.length;
  const em = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    if (lattice.canOpen[i] || lattice.canContinue[i]) addCueScores(w, tokens, lattice.first + i, lattice.first, lattice.last, lattice.quoted[i]!, em, i * 3);
    if (!lattice.canOpen[i]) em[i * 3 + 1] = -Infinity;
    if (!lattice.canContinue[i]) em[i * 3 + 2] = -Infinity;
  }
  return em;
}

/** The transition weights of `w` as Viterbi's flat prev -> tag array (row 3: the start). */
export function cueTransitions(w: Weights): Float64Array {
  const trans = new Float64Array(12);
  TRANSITION_ROWS.forEach((name, p) => {
    const row = w.get(name);
    if (row) for (let k = 0; k < 3; k++) trans[p * 3 + k] = row[k]!;
  });
  return trans;
}

/** Best tags (0 O, 1 B, 2 I) of a lattice under `w`. */
export function decodeCues(tokens: readonly Token[], lattice: CueLattice, w: Weights): number[] {
  return viterbi(cueEmissions(tokens, lattice, w), lattice.canOpen.length, cueTransitions(w), 3);
}

/** Cue spans of one sentence as [start, end] token indexes. */
export function tagCues(view: View, first: number, last: number, w: Weights = committed()): [number, number][] {
  const lattice = cueLattice(view.tokens, first, last, (i) => quoteAround(view, view.tokens[i]!.start) !== undefined);
  if (!anyCue(lattice)) return [];
  const spans: [number, number][] = [];
  decodeCues(view.tokens, lattice, w).forEach((tag, k) => {
    if (tag === 1) spans.push([first + k, first + k]);
    else if (tag === 2) spans[spans.length - 1]![1] = first + k;
  });
  return spans;
}
