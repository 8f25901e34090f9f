/**
 * Features of one token for the role tagger (role-tagger.ts): given a cue at tokens [a, b] of a
 * sentence, every token of the sentence is tagged O, source (SB/SI) or content (CB/CI). The
 * features say where the token lies relative to the cue (side, distance, commas and quote marks
 * between), what it is (word, lemma, POS, shape) and what surrounds it. Shared by training
 * (scripts/train-roles.ts) and decoding so both see exactly the same features.
 */
import type { Token } from '../../model/doc.js';
import { QUOTE_MARK } from './view.js';

export type RoleTag = 'O' | 'SB' | 'SI' | 'CB' | 'CI';
export const ROLE_TAGS: readonly RoleTag[] = ['O', 'SB', 'SI', 'CB', 'CI'];

const QUOTE = QUOTE_MARK;
export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '<s>');
export const pos = (t: Token | undefined) => (t ? t.pos : '<s>');

function bucket(d: number): string {
  return d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 9 ? '6-9' : d <= 15 ? '10-15' : '16+';
}

/** Place group names by side and distance, built once: the same string objects keep their hashes. */
const PLACES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(['L', 'C', 'R'].map((side) => [side, Array.from({ length: 17 }, (_, d) => `${side}${bucket(d)}`)]));

const CAPITALISED = /^\p{Lu}\p{Ll}/u, UPPER = /^\p{Lu}+$/u, LOWER = /^\p{Ll}/u, DIGIT = /^\p{N}/u;
const isUpper = (c: number) => c >= 65 && c <= 90, isLower = (c: number) => c >= 97 && c <= 122;

/** The word's shape: Xx, XX, x, d, the character itself (one), or p. */
export function shape(text: string): string {
  // ASCII is answered without the Unicode regexes: they cost as much as the rest of a token's ids
  const c0 = text.charCodeAt(0), c1 = text.charCodeAt(1);
  if (c0 < 128 && !(isUpper(c0) && c1 >= 128)) {
    if (isUpper(c0)) {
      if (isLower(c1)) return 'Xx';
      let k = 1;
      while (k < text.length && isUpper(text.charCodeAt(k))) k++;
      if (k === text.length) return 'XX';
      if (text.charCodeAt(k) < 128) return 'p';
    } else if (isLower(c0)) return 'x';
    else if (c0 >= 48 && c0 <= 57) return 'd';
    else return text.length === 1 ? text : 'p';
  }
  if (CAPITALISED.test(text)) return 'Xx';
  if (UPPER.test(text)) return 'XX';
  if (LOWER.test(text)) return 'x';
  if (DIGIT.test(text)) return 'd';
  return text.length === 1 ? text : 'p';
}

/** Tokens tagged around a cue (narrower windows were measured worse on dev: the whole sentence counts). */
export const LEFT = 1000;
export const RIGHT = 1000;

/** The token window [lo, hi] tagged for the cue at [a, b] of sentence [first, last]. */
export function roleWindow(first: number, last: number, a: number, b: number): [number, number] {
  return [Math.max(first, a - LEFT), Math.min(last, b + RIGHT)];
}

/**
 * Feature lists, one per token of the window [first, last] of sentence [sFirst, sLast], for the
 * cue at [a, b]; `inQuote[k]` says whether token first+k lies inside a quotation.
 */
export function roleFeatures(tokens: readonly Token[], first: number, last: number, a: number, b: number, inQuote: readonly boolean[], sFirst = first, sLast = last, strings = true): RoleFeatureSet {
  const at = (k: number) => (k >= sFirst && k <= sLast ? tokens[k] : undefined);
  const head = tokens[b]!;
  const cueWord = head.lemma.toLowerCase();
  const cueLen = b - a + 1 > 2 ? 'long' : String(b - a + 1);
  const cueQuote = inQuote[a - first] ?? false;
  // commas and quote marks between each token and the cue, counted outward from the cue
  const commas: number[] = new Array(last - first + 1).fill(0);
  const quotes: number[] = new Array(last - first + 1).fill(0);
  let c = 0, q = 0;
  for (let k = a - 1; k >= first; k--) {
    commas[k - first] = c;
    quotes[k - first] = q;
    if (tokens[k]!.text === ',') c++;
    if (QUOTE.test(tokens[k]!.text)) q++;
  }
  c = 0; q = 0;
  for (let k = b + 1; k <= last; k++) {
    commas[k - first] = c;
    quotes[k - first] = q;
    if (tokens[k]!.text === ',') c++;
    if (QUOTE.test(tokens[k]!.text)) q++;
  }
  const out: string[][] = [];
  const groups: string[] = [];
  const places: Place[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const side = i < a ? 'L' : i > b ? 'R' : 'C';
    const dist = side === 'L' ? a - i : side === 'R' ? i - b : 0;
    const cm = Math.min(commas[i - first]!, 3);
    const qm = Math.min(quotes[i - first]!, 3);
    const iq = inQuote[i - first]!;
    const s = PLACES[side]![Math.min(dist, 16)]!;
    groups.push(s);
    places.push({ s, cm, qm, iq });
    if (strings) out.push(tokenFeatures(tokens, i, sFirst, sLast, s, cm, qm, iq, cueQuote));
  }
  // features of the cue and the token's place only: the same for every token of a group
  const byGroup = new Map<string, string[]>();
  const before = lower(at(a - 1)), after = lower(at(b + 1));
  // without strings the keys are read by id (role-lookup.ts), except around a word holding "|", which no id stands for
  const keys = strings || [cueWord, before, after].some((x) => x.includes('|'));
  for (const g of groups) {
    if (byGroup.has(g)) continue;
    const side = g[0]!;
    const cueKeys = keys ? [`cue|side=${cueWord}|${side}`, `cue|s=${cueWord}|${g}`, `bf=${before}|${side}`, `af=${after}|${side}`] : [];
    byGroup.set(g, strings ? [...placeFeatures(g, cueLen), ...cueKeys] : cueKeys);
  }
  return { tokens: out, groups, byGroup, places, cue: [a, b], cueQuote, cueLen };
}

/** Group features that depend only on the place and the cue's length (decoding caches their sums). */
export function placeFeatures(g: string, cueLen: string): string[] {
  return ['bias', `s=${g}`, `side=${g[0]}`, `cuelen|s=${cueLen}|${g}`];
}

/** Token-level templates and their part counts: keys are `${template}=${parts.join('|')}`. */
export const TOKEN_TEMPLATES: readonly (readonly [string, number])[] = [
  ['w|side', 2], ['l|side', 2], ['p|s', 2], ['p|side|cm', 3], ['side|cm|qm', 3], ['shape|side', 2], ['q|side', 3],
  ['w-1|side', 2], ['w+1|side', 2], ['p-1|p|side', 3], ['p|p+1|side', 3], ['edge', 3], ['w|s', 2],
];

/**
 * The parts of each token-level template for token `i` in place group `s` (side + distance), in
 * TOKEN_TEMPLATES order. role-lookup.ts computes the same parts as ids without building strings.
 */
export function tokenParts(tokens: readonly Token[], i: number, sFirst: number, sLast: number, s: string, cm: number, qm: number, iq: boolean, cueQuote: boolean): string[][] {
  const t = tokens[i]!;
  const at = (k: number) => (k >= sFirst && k <= sLast ? tokens[k] : undefined);
  const side = s[0]!;
  const w = lower(t), p = t.pos;
  return [
    [w, side], [t.lemma.toLowerCase(), side], [p, s], [p, side, String(cm)], [side, String(cm), String(qm)], [shape(t.text), side],
    [String(iq), side, String(cueQuote)], [lower(at(i - 1)), side], [lower(at(i + 1)), side], [pos(at(i - 1)), p, side],
    [p, pos(at(i + 1)), side], [edgeOf(i, sFirst, sLast), p, side], [w, s],
  ];
}

export const edgeOf = (i: number, sFirst: number, sLast: number) => (i === sFirst ? 'first' : i === sLast ? 'last' : 'mid');

function tokenFeatures(tokens: readonly Token[], i: number, sFirst: number, sLast: number, s: string, cm: number, qm: number, iq: boolean, cueQuote: boolean): string[] {
  return tokenParts(tokens, i, sFirst, sLast, s, cm, qm, iq, cueQuote).map((parts, k) => `${TOKEN_TEMPLATES[k]![0]}=${parts.join('|')}`);
}

/** Where a token lies relative to the cue: place group, commas and quote marks between, in a quote. */
export interface Place { readonly s: string; readonly cm: number; readonly qm: number; readonly iq: boolean }

export interface RoleFeatureSet {
  /** Each token's place, for scoring without building token feature strings (role-lookup.ts). */
  readonly places: readonly Place[];
  /** The cue's token range [a, b]. */
  readonly cue: readonly [number, number];
  readonly cueQuote: boolean;
  readonly cueLen: string;
  /** Features of each token of the window (empty when built without strings). */
  readonly tokens: string[][];
  /** The place group (side and distance to the cue) of each token. */
  readonly groups: string[];
  /** Features shared by all tokens of a place group (without placeFeatures when built without strings, and then empty unless a word around the cue holds "|"). */
  readonly byGroup: ReadonlyMap<string, string[]>;
}

/** All features of each token, token-level and group-level together (training). */
export function flatFeatures(set: RoleFeatureSet): string[][] {
  return set.tokens.map((fs, k) => [...set.byGroup.get(set.groups[k]!)!, ...fs]);
}
