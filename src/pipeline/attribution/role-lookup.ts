/**
 * Fast emission scores for the role tagger: token-level feature keys ("w|side=said|L") are read
 * once into numeric keys over interned parts, and each token's words are interned once per
 * document, so scoring a token builds no strings. Computes exactly the scores of the string keys
 * (see role-features.ts: tokenParts), which test/pipeline/attribution-roles.test.ts checks.
 */
import type { Token } from '../../model/doc.js';
import { edgeOf, lower, pos, ROLE_TAGS, shape, TOKEN_TEMPLATES } from './role-features.js';

const N = ROLE_TAGS.length;
const T = TOKEN_TEMPLATES.length;

export interface Lookup {
  readonly ids: ReadonlyMap<string, number>;
  /** Ids below `small` are the closed-set parts (POS, place, counts): 3-part keys use it as base. */
  readonly small: number;
  readonly base: number;
  /** One table per template, keyed by its parts' ids (small integers: fast map keys). */
  readonly rows: readonly ReadonlyMap<number, readonly number[]>[];
}

/** Slots holding open-class parts (words, lemmas): they get ids after all closed-set parts. */
const OPEN_SLOT: readonly (readonly number[])[] = [[0], [0], [], [], [], [], [], [0], [0], [], [], [], [0]];

/** Numeric rows for the token-level keys of `weights` (other keys stay with the string map). */
export function buildLookup(weights: ReadonlyMap<string, readonly number[]>): Lookup {
  const ids = new Map<string, number>();
  const parsed: [number, string[], readonly number[]][] = [];
  const index = new Map(TOKEN_TEMPLATES.map(([name], k) => [name, k]));
  for (const [key, row] of weights) {
    const eq = key.indexOf('=');
    const k = index.get(key.slice(0, eq));
    if (k === undefined) continue;
    const parts = key.slice(eq + 1).split('|');
    // a word holding "|" cannot be split back into its parts; such keys are left out
    if (parts.length !== TOKEN_TEMPLATES[k]![1]) continue;
    parsed.push([k, parts, row]);
  }
  for (const open of [false, true]) {
    for (const [k, parts] of parsed) parts.forEach((p, j) => { if (OPEN_SLOT[k]!.includes(j) === open && !ids.has(p)) ids.set(p, ids.size); });
    if (!open) ids.set('<closed>', ids.size);
  }
  const small = ids.get('<closed>')! + 1;
  const base = ids.size + 1;
  const rows = TOKEN_TEMPLATES.map(() => new Map<number, readonly number[]>());
  for (const [k, parts, row] of parsed) {
    const [x, y, z = -2] = parts.map((p) => ids.get(p)!);
    rows[k]!.set(keyOf(x!, y!, z, small, base), row);
  }
  return { ids, small, base, rows };
}

/** 3-part keys (z >= 0) have closed-set parts only; 2-part keys (z = -2) may hold an open part in x. */
const keyOf = (x: number, y: number, z: number, small: number, base: number) => (z >= 0 ? (z * small + y) * small + x : y * base + x);

/** Per-document interned ids of each token's word, lemma, POS and shape (-1: never in a key). */
export interface TokenIds { word: Int32Array; lemma: Int32Array; pos: Int32Array; shape: Int32Array }

export function tokenIds(lookup: Lookup, tokens: readonly Token[]): TokenIds {
  const id = (s: string) => lookup.ids.get(s) ?? -1;
  return {
    word: Int32Array.from(tokens, (t) => id(lower(t))),
    lemma: Int32Array.from(tokens, (t) => id(t.lemma.toLowerCase())),
    pos: Int32Array.from(tokens, (t) => id(pos(t))),
    shape: Int32Array.from(tokens, (t) => id(shape(t.text))),
  };
}

/** Ids of the closed-set parts a token needs, read once per lookup. */
export interface Closed { start: number; yes: number; no: number; cm: number[]; edge: Record<string, number> }
const closedIds = new WeakMap<Lookup, Closed>();
export function closed(lookup: Lookup): Closed {
  let c = closedIds.get(lookup);
  if (!c) {
    const id = (x: string) => lookup.ids.get(x) ?? -1;
    c = { start: id('<s>'), yes: id('true'), no: id('false'), cm: CM.map(id), edge: { first: id('first'), last: id('last'), mid: id('mid') } };
    closedIds.set(lookup, c);
  }
  return c;
}

/** Adds the token-level rows of token `i` to `e`; same parts as tokenParts. `side`, `g`: ids of its place. */
export function addTokenRows(lookup: Lookup, c: Closed, ids: TokenIds, e: Float64Array, i: number, sFirst: number, sLast: number, side: number, g: number, cm: number, qm: number, iq: boolean, cueQuote: boolean): void {
  const START = c.start;
  const cmId = c.cm[cm]!, q = c.cm[qm]!;
  const w = ids.word[i]!, p = ids.pos[i]!;
  const wPrev = i - 1 >= sFirst ? ids.word[i - 1]! : START, wNext = i + 1 <= sLast ? ids.word[i + 1]! : START;
  const pPrev = i - 1 >= sFirst ? ids.pos[i - 1]! : START, pNext = i + 1 <= sLast ? ids.pos[i + 1]! : START;
  const { rows, base, small: S } = lookup;
  hit(e, rows[0]!, w, side, -2, S, base);
  hit(e, rows[1]!, ids.lemma[i]!, side, -2, S, base);
  hit(e, rows[2]!, p, g, -2, S, base);
  hit(e, rows[3]!, p, side, cmId, S, base);
  hit(e, rows[4]!, side, cmId, q, S, base);
  hit(e, rows[5]!, ids.shape[i]!, side, -2, S, base);
  hit(e, rows[6]!, iq ? c.yes : c.no, side, cueQuote ? c.yes : c.no, S, base);
  hit(e, rows[7]!, wPrev, side, -2, S, base);
  hit(e, rows[8]!, wNext, side, -2, S, base);
  hit(e, rows[9]!, pPrev, p, side, S, base);
  hit(e, rows[10]!, p, pNext, side, S, base);
  hit(e, rows[11]!, c.edge[edgeOf(i, sFirst, sLast)]!, p, side, S, base);
  hit(e, rows[12]!, w, g, -2, S, base);
}

function hit(e: Float64Array, table: ReadonlyMap<number, readonly number[]>, x: number, y: number, z: number, small: number, base: number): void {
  if (x < 0 || y < 0 || z === -1) return;
  const row = table.get(keyOf(x, y, z, small, base));
  if (row) for (let t = 0; t < N; t++) e[t]! += row[t]!;
}

const CM = ['0', '1', '2', '3'];
