/**
 * The averaged structured perceptron shared by the cue tagger (scripts/train.ts) and the role
 * tagger (scripts/train-roles.ts): Viterbi decoding over BIO tags (bio-viterbi.ts), an update on
 * every token and transition where the best path differs from the gold one, and lazy averaging.
 * Deterministic: fixed sequence order and epochs.
 */
import { viterbi } from '../src/pipeline/attribution/bio-viterbi.js';

export interface Sequence {
  /** Interned feature ids of each token; a token without features scores 0 for every tag. */
  readonly feats: readonly (Int32Array | undefined)[];
  readonly gold: readonly number[];
  /** Rules tags out (sets their emission to -Infinity) once the token scores are summed. */
  readonly restrict?: (emissions: Float64Array) => void;
}

/**
 * Trains over `sequences` with `features` feature ids and `tags` tags. Returns the averaged
 * weights: `features * tags` feature weights (id * tags + tag), then (tags + 1) * tags
 * transitions prev -> tag (row `tags`: the start).
 */
export function trainStructuredPerceptron(sequences: readonly Sequence[], features: number, tags: number, epochs: number, noun = 'sequences'): Float64Array {
  const N = tags;
  const T = features * N;
  const size = T + (N + 1) * N;
  const w = new Float64Array(size), total = new Float64Array(size), stamp = new Float64Array(size);
  let step = 0;
  const update = (k: number, delta: number) => {
    total[k]! += (step - stamp[k]!) * w[k]!;
    stamp[k] = step;
    w[k]! += delta;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let wrong = 0;
    for (const s of sequences) {
      step++;
      const n = s.feats.length;
      const em = new Float64Array(n * N);
      for (let i = 0; i < n; i++) {
        const fs = s.feats[i];
        if (fs) for (const id of fs) for (let k = 0; k < N; k++) em[i * N + k]! += w[id * N + k]!;
      }
      s.restrict?.(em);
      const pred = viterbi(em, n, w.subarray(T), N);
      if (pred.every((t, i) => t === s.gold[i])) continue;
      wrong++;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!, p = pred[i]!;
        if (g !== p) for (const id of s.feats[i] ?? []) { update(id * N + g, 1); update(id * N + p, -1); }
        const gp = i ? s.gold[i - 1]! : N, pp = i ? pred[i - 1]! : N;
        if (g !== p || gp !== pp) {
          update(T + gp * N + g, 1);
          update(T + pp * N + p, -1);
        }
      }
    }
    console.log(`epoch ${epoch + 1}: ${wrong} of ${sequences.length} ${noun} wrong`);
  }
  return Float64Array.from(w, (x, k) => (total[k]! + (step - stamp[k]!) * x) / step);
}
