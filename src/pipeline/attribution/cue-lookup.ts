/**
 * Fast emission scores for the cue tagger. The weights' string keys ("w-1|w=he|said") are read
 * once into numeric keys over interned parts (feature-table.ts); a token's features are then
 * looked up part by part as `eachCueFeature` emits them, and the parts are strings the token list
 * already holds, so scoring builds no key strings. Gives exactly the scores of the string keys
 * (checked in test/pipeline/attribution-tagger.test.ts).
 */
import type { Token } from '../../model/doc.js';
import { CUE_TEMPLATES, eachCueFeature, featureKey, type FeatureSink } from './cue-features.js';
import { FeatureTable } from './feature-table.js';

export type Weights = ReadonlyMap<string, ArrayLike<number>>;

interface CueLookup {
  readonly ids: ReadonlyMap<string, number>;
  readonly table: FeatureTable;
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
  return { ids, table };
}

/** Adds the rows of the features it is given to `into` at `at`; one per weights, reused for every token. */
class Scorer implements FeatureSink {
  into: Float64Array = new Float64Array(0);
  at = 0;
  /** The ids of the parts one document has used so far: a few hundred words, looked up far faster than the whole vocabulary. */
  private local = new Map<string, number>();
  private localTokens: readonly Token[] | undefined;
  constructor(private readonly w: Weights, private readonly lookup: CueLookup) {}

  forTokens(tokens: readonly Token[]): void {
    if (tokens !== this.localTokens) {
      this.localTokens = tokens;
      this.local = new Map();
    }
  }

  /** The part's id; -2 where the weights never saw it (-1 is "no part"). */
  private id(part: string): number {
    let id = this.local.get(part);
    if (id === undefined) this.local.set(part, (id = this.lookup.ids.get(part) ?? -2));
    return id;
  }

  emit(k: number, a?: string, b?: string, c?: string): void {
    const x = a === undefined ? -1 : this.id(a);
    const y = b === undefined ? -1 : this.id(b);
    const z = c === undefined ? -1 : this.id(c);
    if (x !== -2 && y !== -2 && z !== -2) {
      this.lookup.table.addTo(k, x, y, z, this.into, this.at);
    } else if (a?.includes('|') || b?.includes('|') || c?.includes('|')) {
      // no interned part holds "|" (keys are split on it): such a part is looked up by string
      const row = this.w.get(featureKey(k, a, b, c));
      if (row) for (let t = 0; t < 3; t++) this.into[this.at + t]! += row[t]!;
    }
  }
}

const scorers = new WeakMap<Weights, Scorer>();

/** Adds the scores (O, B, I) of token `i`'s features under `w` to `into` at `at`. */
export function addCueScores(w: Weights, tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean, into: Float64Array, at: number): void {
  let scorer = scorers.get(w);
  if (!scorer) scorers.set(w, (scorer = new Scorer(w, buildLookup(w))));
  scorer.forTokens(tokens);
  scorer.into = into;
  scorer.at = at;
  eachCueFeature(tokens, i, first, last, inQuote, scorer);
}
