/** Viterbi decoding over the role tags (see role-features.ts) with BIO transition constraints. */
import { ROLE_TAGS } from './role-features.js';

const N = ROLE_TAGS.length;

/** Transitions that BIO forbids: an inside tag must follow its own begin or inside tag. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 2) return prev === 1 || prev === 2;
  if (tag === 4) return prev === 3 || prev === 4;
  return true;
}

/** Viterbi over per-token emission scores and transition weights `trans[prev * N + tag]` (prev N = start). */
export function viterbi(emissions: readonly Float64Array[], trans: (prev: number, tag: number) => number): number[] {
  const n = emissions.length;
  if (n === 0) return [];
  const score = emissions.map(() => new Float64Array(N).fill(-Infinity));
  const back = emissions.map(() => new Int8Array(N));
  for (let t = 0; t < N; t++) if (t !== 2 && t !== 4) score[0]![t] = emissions[0]![t]! + trans(N, t);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < N; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < N; p++) {
        if (!allowed(p, t)) continue;
        const v = score[i - 1]![p]! + trans(p, t);
        if (v > best) { best = v; arg = p; }
      }
      score[i]![t] = best + emissions[i]![t]!;
      back[i]![t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < N; t++) if (score[n - 1]![t]! > score[n - 1]![arg]!) arg = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i]![arg]!;
  }
  return tags;
}

