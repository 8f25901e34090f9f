/**
 * The learned role tagger: given a cue, tags the tokens of its sentence as source, content or
 * neither (O/SB/SI/CB/CI) with an averaged structured perceptron decoded by Viterbi over tag
 * transitions. Trained by `npm run train` (scripts/train-roles.ts) from PolNeAR's train split;
 * it places the boundaries the rules get wrong ("told reporters outside the hall that ...").
 */
import type { Span, Token } from '../../model/doc.js';
import { placeFeatures, ROLE_TAGS, roleFeatures, roleWindow, type RoleFeatureSet } from './role-features.js';
import { viterbi } from './bio-viterbi.js';
import { addGroupRows, addTokenRows, buildLookup, closed, tokenIds, type Lookup, type TokenIds } from './role-lookup.js';
import { quoteAround, type View } from './view.js';
import { readWeights } from './read-weights.js';

const N = ROLE_TAGS.length;
export type RoleWeights = ReadonlyMap<string, readonly number[]>;

let loaded: RoleWeights | undefined;
function committed(): RoleWeights {
  loaded ??= readWeights(new URL('./role-weights.json', import.meta.url));
  return loaded;
}

const lookups = new WeakMap<RoleWeights, Lookup>();
const idCache = new WeakMap<readonly Token[], TokenIds>();
/** Sums of placeFeatures per place group and cue length: a few dozen, shared by all cues. */
const placeSums = new WeakMap<RoleWeights, Map<string, Float64Array>>();

/** Emission scores through numeric keys: the same sums as emissionsOf, without building or hashing strings. */
export function fastEmissions(w: RoleWeights, set: RoleFeatureSet, tokens: readonly Token[], lo: number, first: number, last: number): Float64Array {
  let lookup = lookups.get(w);
  if (!lookup) lookups.set(w, (lookup = buildLookup(w)));
  let ids = idCache.get(tokens);
  if (!ids) idCache.set(tokens, (ids = tokenIds(lookup, tokens)));
  let places = placeSums.get(w);
  if (!places) placeSums.set(w, (places = new Map()));
  const c = closed(lookup);
  const [a, b] = set.cue;
  const before = a - 1 >= first ? ids.word[a - 1]! : c.start, after = b + 1 <= last ? ids.word[b + 1]! : c.start;
  // each place group's row: the sums of its features, which do not depend on the token
  const group = new Map<string, Float64Array>();
  const placeId = new Map<string, [number, number]>();
  for (const [g, fs] of set.byGroup) {
    const key = g + set.cueLen;
    let base = places.get(key);
    if (!base) {
      base = new Float64Array(N);
      add(w, base, placeFeatures(g, set.cueLen));
      places.set(key, base);
    }
    const e = base.slice();
    const side = lookup.ids.get(g[0]!) ?? -1, gId = lookup.ids.get(g) ?? -1;
    // a word holding "|" has no id (its keys cannot be split into parts): roleFeatures gave such a cue's group keys as strings
    if (fs.length) add(w, e, fs);
    else addGroupRows(lookup, e, 0, ids.lemma[b]!, before, after, side, gId);
    group.set(g, e);
    placeId.set(g, [side, gId]);
  }
  const out = new Float64Array(set.places.length * N);
  for (let k = 0; k < set.places.length; k++) {
    const pl = set.places[k]!;
    out.set(group.get(pl.s)!, k * N);
    const [side, g] = placeId.get(pl.s)!;
    addTokenRows(lookup, c, ids, out, k * N, lo + k, first, last, side, g, pl.cm, pl.qm, pl.iq, set.cueQuote);
  }
  return out;
}

/** Transition weights prev -> tag as a flat matrix (row N is the start), read once per weights. */
const matrices = new WeakMap<RoleWeights, Float64Array>();
function transitions(w: RoleWeights): Float64Array {
  let m = matrices.get(w);
  if (!m) {
    m = new Float64Array((N + 1) * N);
    for (let p = 0; p <= N; p++) for (let t = 0; t < N; t++) m[p * N + t] = w.get(`T${p}>${t}`)?.[0] ?? 0;
    matrices.set(w, m);
  }
  return m;
}

const add = (w: RoleWeights, e: Float64Array, fs: readonly string[]) => {
  for (const f of fs) {
    const row = w.get(f);
    if (row) for (let k = 0; k < N; k++) e[k]! += row[k]!;
  }
};

/** Emission scores per token (flat, N per token) from the string keys: the reference fastEmissions must equal. */
export function emissionsOf(w: RoleWeights, set: RoleFeatureSet): Float64Array {
  const out = new Float64Array(set.tokens.length * N);
  set.tokens.forEach((fs, k) => {
    const e = out.subarray(k * N, k * N + N);
    add(w, e, set.byGroup.get(set.groups[k]!)!);
    add(w, e, fs);
  });
  return out;
}

export interface Roles {
  readonly source: Span | null;
  readonly content: Span[];
}

/** Source and content fragments for the cue at tokens [a, b] of sentence [first, last]. */
export function tagRoles(view: View, first: number, last: number, a: number, b: number, w: RoleWeights = committed()): Roles {
  const tokens: readonly Token[] = view.tokens;
  const [lo, hi] = roleWindow(first, last, a, b);
  const inQuote: boolean[] = [];
  for (let i = lo; i <= hi; i++) inQuote.push(quoteAround(view, tokens[i]!.start) !== undefined);
  const trans = transitions(w);
  const set = roleFeatures(tokens, lo, hi, a, b, inQuote, first, last, false);
  const tags = viterbi(fastEmissions(w, set, tokens, lo, first, last), hi - lo + 1, trans);
  // runs of source tags; the one nearest the cue is the source (a sentence names one speaker per cue)
  const runs: [number, number][] = [];
  const content: Span[] = [];
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k]!, t = tokens[lo + k]!;
    if (tag === 1) runs.push([lo + k, lo + k]);
    else if (tag === 2) runs[runs.length - 1]![1] = lo + k;
    else if (tag === 3) content.push({ start: t.start, end: t.end });
    else if (tag === 4) content[content.length - 1] = { start: content[content.length - 1]!.start, end: t.end };
  }
  // nearest first; on a tie the phrase before the cue ('X said Friday' is not Friday's word)
  const gap = ([x, y]: [number, number]) => (y < a ? 2 * (a - y) : 2 * (x - b) + 1);
  const near = runs.sort((x, y) => gap(x) - gap(y))[0];
  const source = near ? { start: tokens[near[0]]!.start, end: tokens[near[1]]!.end } : null;
  return { source, content };
}
