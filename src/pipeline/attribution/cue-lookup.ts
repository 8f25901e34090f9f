/**
 * Fast emission scores for the cue tagger. The weights' string keys ("w-1|w=he|said") are read
 * once into numeric keys over interned parts (feature-table.ts); a document's words are interned
 * once, and a token's features are looked up by those ids as `eachCueFeature` emits them, so
 * scoring builds and hashes no strings. Gives exactly the scores of the string keys (checked in
 * test/pipeline/attribution-tagger.test.ts).
 */
import type { Token } from '../../model/doc.js';
import { CUE_TEMPLATES, cueFeatures, eachCueFeature, suffixOf, type CueParts, type FeatureSink } from './cue-features.js';
import { lowered } from './token-words.js';
import { FeatureTable } from './feature-table.js';

export type Weights = ReadonlyMap<string, ArrayLike<number>>;

interface CueLookup {
  readonly ids: ReadonlyMap<string, number>;
  readonly table: FeatureTable;
  /** Ids of the closed-set values read so far ('<s>', 'true', counts): a small map, read for every token. */
  readonly values: Map<string, number>;
}

function buildLookup(weights: Weights): CueLookup {
  const index = new Map<string, number>(CUE_TEMPLATES.map((name, k) => [name, k]));
  const parsed: [number, string[], ArrayLike<number>][] = [];
  for (const [key, row] of weights) {
    const eq = key.indexOf('=');
    const k = index.get(eq < 0 ? key : key.slice(0, eq));
    if (k === undefined) continue; // transition rows
    const parts = eq < 0 ? [] : key.slice(eq + 1).split('|');
    // a part holding "|" splits wrongly here; tokens with such parts are looked up by string instead
    if (parts.length > 3) continue;
    parsed.push([k, parts, row]);
  }
  // third parts (POS tags) get the first ids: the table keeps them small
  const ids = new Map<string, number>();
  for (const third of [true, false]) for (const [, parts] of parsed) parts.forEach((p, j) => { if ((j === 2) === third && !ids.has(p)) ids.set(p, ids.size); });
  const table = new FeatureTable(parsed.length, 3);
  for (const [k, parts, row] of parsed) {
    const [a = -1, b = -1, c = -1] = parts.map((p) => ids.get(p)!);
    table.set(k, a, b, c, row);
  }
  return { ids, table, values: new Map() };
}

/** Adds the rows of the features it is given to `into` at `at`; one per weights, reused for every token. */
class Scorer implements FeatureSink<number> {
  into: Float64Array = new Float64Array(0);
  at = 0;
  constructor(readonly lookup: CueLookup) {}

  /** Parts are ids; -2 where the weights never saw the part (-1 is "no part"), so no key holds it. */
  emit(k: number, a = -1, b = -1, c = -1): void {
    if (a !== -2 && b !== -2 && c !== -2) this.lookup.table.addTo(k, a, b, c, this.into, this.at);
  }
}

/** A token list's parts as ids, interned once per document (a word's id is read once, not once per feature). */
class IdParts implements CueParts<number> {
  // plain arrays, on the heap: see token-words.ts
  private readonly words: number[] = [];
  private readonly lemmas: number[] = [];
  private readonly tags: number[] = [];
  private readonly suffixes: number[] = [];
  /** Tokens whose word or lemma holds "|": no id can stand for it (keys are split on "|"). */
  readonly piped: boolean[] = [];
  constructor(readonly lookup: CueLookup, tokens: readonly Token[]) {
    const { word, lemma, vocab, wordIndex, lemmaIndex } = lowered(tokens);
    // each distinct string of the document is looked up in the weights' vocabulary once
    const idOf = vocab.map((s) => lookup.ids.get(s) ?? -2);
    const suffixIds = vocab.map((s) => lookup.ids.get(suffixOf(s)) ?? -2);
    for (let k = 0; k < tokens.length; k++) {
      this.words.push(idOf[wordIndex[k]!]!);
      this.lemmas.push(idOf[lemmaIndex[k]!]!);
      this.tags.push(this.of(tokens[k]!.pos));
      this.suffixes.push(suffixIds[wordIndex[k]!]!);
      this.piped.push(word[k]!.includes('|') || lemma[k]!.includes('|'));
    }
  }
  word(k: number): number { return this.words[k]!; }
  lemma(k: number): number { return this.lemmas[k]!; }
  pos(k: number): number { return this.tags[k]!; }
  suffix(k: number): number { return this.suffixes[k]!; }
  of(value: string): number {
    let v = this.lookup.values.get(value);
    if (v === undefined) this.lookup.values.set(value, (v = this.lookup.ids.get(value) ?? -2));
    return v;
  }
}

const scorers = new WeakMap<Weights, Scorer>();
const partsOf = new WeakMap<readonly Token[], IdParts>();

/** Adds the scores (O, B, I) of token `i`'s features under `w` to `into` at `at`. */
export function addCueScores(w: Weights, tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean, into: Float64Array, at: number): void {
  let scorer = scorers.get(w);
  if (!scorer) scorers.set(w, (scorer = new Scorer(buildLookup(w))));
  let parts = partsOf.get(tokens);
  if (!parts || parts.lookup !== scorer.lookup) partsOf.set(tokens, (parts = new IdParts(scorer.lookup, tokens)));
  // a feature of token i reads the words of tokens i-2 to i+3: one holding "|" has no id, so its keys are read by string
  let piped = false;
  for (let k = Math.max(first, i - 2); k <= Math.min(last, i + 3); k++) piped ||= parts.piped[k]!;
  if (piped) {
    for (const key of cueFeatures(tokens, i, first, last, inQuote)) {
      const row = w.get(key);
      if (row) for (let t = 0; t < 3; t++) into[at + t]! += row[t]!;
    }
    return;
  }
  scorer.into = into;
  scorer.at = at;
  eachCueFeature(tokens, i, first, last, inQuote, parts, scorer);
}
