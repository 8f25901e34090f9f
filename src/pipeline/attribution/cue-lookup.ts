/**
 * Fast emission scores for the cue tagger. The weights' string keys ("w-1|w=he|said") are read
 * once into numeric keys over interned parts, one table per template; a token's features are then
 * looked up part by part as `eachCueFeature` emits them, and the parts are strings the token list
 * already holds, so scoring builds no key strings. Gives exactly the scores of the string keys
 * (checked in test/pipeline/attribution-tagger.test.ts).
 */
import type { Token } from '../../model/doc.js';
import { CUE_TEMPLATES, eachCueFeature, featureKey, type FeatureSink } from './cue-features.js';

export type Weights = ReadonlyMap<string, ArrayLike<number>>;

interface CueLookup {
  readonly ids: ReadonlyMap<string, number>;
  readonly base: number;
  /** Per template: key -> offset of its (O, B, I) row in `rows`, one flat array (fewer cache misses than an array per row). */
  readonly tables: readonly Map<number, number>[];
  readonly rows: Float64Array;
}

/** A key over up to three part ids (-1: no part), distinct for each arity. */
const keyOf = (base: number, a: number, b: number, c: number) => a + 1 + base * (b + 1 + base * (c + 1));

function buildLookup(weights: Weights): CueLookup {
  const index = new Map<string, number>(CUE_TEMPLATES.map((name, k) => [name, k]));
  const ids = new Map<string, number>();
  const parsed: [number, string[], ArrayLike<number>][] = [];
  for (const [key, row] of weights) {
    const eq = key.indexOf('=');
    const k = index.get(eq < 0 ? key : key.slice(0, eq));
    if (k === undefined) continue; // transition rows
    const parts = eq < 0 ? [] : key.slice(eq + 1).split('|');
    // a part holding "|" splits wrongly here; tokens with such parts are looked up by string instead
    if (parts.length > 3) continue;
    for (const p of parts) if (!ids.has(p)) ids.set(p, ids.size);
    parsed.push([k, parts, row]);
  }
  const base = ids.size + 1;
  const tables = CUE_TEMPLATES.map(() => new Map<number, number>());
  const rows = new Float64Array(parsed.length * 3);
  parsed.forEach(([k, parts, row], n) => {
    const [a = -1, b = -1, c = -1] = parts.map((p) => ids.get(p)!);
    tables[k]!.set(keyOf(base, a, b, c), n * 3);
    for (let t = 0; t < 3; t++) rows[n * 3 + t] = row[t]!;
  });
  return { ids, base, tables, rows };
}

/** Adds the rows of the features it is given to `into` at `at`; one per weights, reused for every token. */
class Scorer implements FeatureSink {
  into: Float64Array = new Float64Array(0);
  at = 0;
  constructor(private readonly w: Weights, private readonly lookup: CueLookup) {}

  emit(k: number, a?: string, b?: string, c?: string): void {
    const { ids, base, tables } = this.lookup;
    const x = a === undefined ? -1 : ids.get(a);
    const y = b === undefined ? -1 : ids.get(b);
    const z = c === undefined ? -1 : ids.get(c);
    if (x !== undefined && y !== undefined && z !== undefined) {
      const at = tables[k]!.get(keyOf(base, x, y, z));
      if (at !== undefined) this.add(this.lookup.rows, at);
    } else if (a?.includes('|') || b?.includes('|') || c?.includes('|')) {
      // no interned part holds "|" (keys are split on it): such a part is looked up by string
      const row = this.w.get(featureKey(k, a, b, c));
      if (row) this.add(row, 0);
    }
  }

  /** Adds the three scores at `from` in `row` to the token's scores. */
  private add(row: ArrayLike<number>, from: number): void {
    for (let t = 0; t < 3; t++) this.into[this.at + t]! += row[from + t]!;
  }
}

const scorers = new WeakMap<Weights, Scorer>();

/** Adds the scores (O, B, I) of token `i`'s features under `w` to `into` at `at`. */
export function addCueScores(w: Weights, tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean, into: Float64Array, at: number): void {
  let scorer = scorers.get(w);
  if (!scorer) scorers.set(w, (scorer = new Scorer(w, buildLookup(w))));
  scorer.into = into;
  scorer.at = at;
  eachCueFeature(tokens, i, first, last, inQuote, scorer);
}
