/**
 * Viterbi decoding over BIO tags with their transition constraints, shared by the role tagger
 * (O/SB/SI/CB/CI, see role-features.ts) and the cue tagger (O/B/I, see cue-tagger.ts).
 */
import { ROLE_TAGS } from './role-features.js';

/** Transitions that BIO forbids: an inside tag (2, 4) must follow its own begin or inside tag. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 2) return prev === 1 || prev === 2;
  if (tag === 4) return prev === 3 || prev === 4;
  return true;
}

/**
 * Viterbi over emission scores `emissions[i * N + tag]` of `n` tokens and transition weights
 * `trans[prev * N + tag]` (row N: the start), for N = `tagCount` tags. An emission of -Infinity
 * rules a tag out at that token. Flat arrays: no allocation per token.
 */
export function viterbi(emissions: Float64Array, n: number, trans: ArrayLike<number>, tagCount = ROLE_TAGS.length): number[] {
  const N = tagCount;
  if (n === 0) return [];
  const score = new Float64Array(n * N).fill(-Infinity);
  const back = new Int8Array(n * N);
  for (let t = 0; t < N; t++) if (t !== 2 && t !== 4) score[t] = emissions[t]! + trans[N * N + t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < N; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < N; p++) {
        if (!allowed(p, t)) continue;
        const v = score[(i - 1) * N + p]! + trans[p * N + t]!;
        if (v > best) { best = v; arg = p; }
      }
      score[i * N + t] = best + emissions[i * N + t]!;
      back[i * N + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < N; t++) if (score[(n - 1) * N + t]! > score[(n - 1) * N + arg]!) arg = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * N + arg]!;
  }
  return tags;
}
