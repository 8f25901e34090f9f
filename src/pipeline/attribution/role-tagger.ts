/**
 * The learned role tagger: given a cue, tags the tokens of its sentence as source, content or
 * neither (O/SB/SI/CB/CI) with an averaged structured perceptron decoded by Viterbi over tag
 * transitions. Trained by `npm run train` (scripts/train-roles.ts) from PolNeAR's train split;
 * it places the boundaries the rules get wrong ("told reporters outside the hall that ...").
 */
import type { Span, Token } from '../../model/doc.js';
import { ROLE_TAGS, roleFeatures } from './role-features.js';
import { viterbi } from './role-viterbi.js';
import { quoteAround, type View } from './view.js';
import weights from './role-weights.json' with { type: 'json' };

const N = ROLE_TAGS.length;
export type RoleWeights = ReadonlyMap<string, readonly number[]>;

let loaded: RoleWeights | undefined;
function committed(): RoleWeights {
  loaded ??= new Map(Object.entries(weights as unknown as Record<string, number[]>));
  return loaded;
}

export function emissionsOf(w: RoleWeights, feats: readonly string[][]): Float64Array[] {
  return feats.map((fs) => {
    const e = new Float64Array(N);
    for (const f of fs) {
      const row = w.get(f);
      if (row) for (let k = 0; k < N; k++) e[k]! += row[k]!;
    }
    return e;
  });
}

export interface Roles {
  readonly source: Span | null;
  readonly content: Span[];
}

/** Source and content fragments for the cue at tokens [a, b] of sentence [first, last]. */
export function tagRoles(view: View, first: number, last: number, a: number, b: number, w: RoleWeights = committed()): Roles {
  const tokens: readonly Token[] = view.tokens;
  const inQuote: boolean[] = [];
  for (let i = first; i <= last; i++) inQuote.push(quoteAround(view, tokens[i]!.start) !== undefined);
  const tags = viterbi(emissionsOf(w, roleFeatures(tokens, first, last, a, b, inQuote)), (p, t) => w.get(`T${p}>${t}`)?.[0] ?? 0);
  // runs of source tags; the one nearest the cue is the source (a sentence names one speaker per cue)
  const runs: [number, number][] = [];
  const content: Span[] = [];
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k]!, t = tokens[first + k]!;
    if (tag === 1) runs.push([first + k, first + k]);
    else if (tag === 2) runs[runs.length - 1]![1] = first + k;
    else if (tag === 3) content.push({ start: t.start, end: t.end });
    else if (tag === 4) content[content.length - 1] = { start: content[content.length - 1]!.start, end: t.end };
  }
  const gap = ([x, y]: [number, number]) => (y < a ? a - y : x - b);
  const near = runs.sort((x, y) => gap(x) - gap(y))[0];
  const source = near ? { start: tokens[near[0]]!.start, end: tokens[near[1]]!.end } : null;
  return { source, content };
}
