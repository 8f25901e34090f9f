/**
 * Fast emission scores for the role tagger: token-level and cue-level feature keys ("w|side=said|L",
 * "bf=the|L") are read once into numeric keys over interned parts (feature-table.ts), and each
 * token's words are interned once per document, so scoring a token builds and hashes no strings. Computes exactly the scores of the string keys
 * (see role-features.ts: tokenParts), which test/pipeline/attribution-roles.test.ts checks.
 */
import type { Token } from '../../model/doc.js';
import { edgeOf, ROLE_TAGS, shape, TOKEN_TEMPLATES } from './role-features.js';
import { lowered } from './token-words.js';
import { FeatureTable } from './feature-table.js';

const N = ROLE_TAGS.length;

export interface Lookup {
  readonly ids: ReadonlyMap<string, number>;
  readonly table: FeatureTable;
}

/** Group-level templates (role-features.ts: roleFeatures' byGroup) read by id too: the cue's lemma and the words around the cue, by side or place. */
const GROUP_TEMPLATES: readonly (readonly [string, number])[] = [['cue|side', 2], ['cue|s', 2], ['bf', 2], ['af', 2]];
const TEMPLATES = [...TOKEN_TEMPLATES, ...GROUP_TEMPLATES];
const T = TOKEN_TEMPLATES.length;

/** Per template (the token-level ones, then the group-level ones), the slots holding open-class parts (words, lemmas): they get ids after all closed-set parts. */
const OPEN_SLOT: readonly (readonly number[])[] = [[0], [0], [], [], [], [], [], [0], [0], [], [], [], [0], [0], [0], [0], [0]];

/** Numeric rows for the token-level and group-level keys of `weights` (the others stay with the string map). */
export function buildLookup(weights: ReadonlyMap<string, readonly number[]>): Lookup {
  const ids = new Map<string, number>();
  const parsed: [number, string[], readonly number[]][] = [];
  const index = new Map(TEMPLATES.map(([name], k) => [name, k]));
  for (const [key, row] of weights) {
    const eq = key.indexOf('=');
    const k = index.get(key.slice(0, eq));
    if (k === undefined) continue;
    const parts = key.slice(eq + 1).split('|');
    // a word holding "|" cannot be split back into its parts; such keys are left out
    if (parts.length !== TEMPLATES[k]![1]) continue;
    parsed.push([k, parts, row]);
  }
  // closed-set parts (the only ones in third place) get the first ids: the table keeps those small
  for (const open of [false, true]) for (const [k, parts] of parsed) parts.forEach((p, j) => { if (OPEN_SLOT[k]!.includes(j) === open && !ids.has(p)) ids.set(p, ids.size); });
  const table = new FeatureTable(parsed.length, N);
  for (const [k, parts, row] of parsed) {
    const [x, y, z = -1] = parts.map((p) => ids.get(p)!);
    table.set(k, x!, y!, z, row);
  }
  return { ids, table };
}

/** Per-document interned ids of each token's word, lemma, POS and shape (-1: never in a key); plain arrays, on the heap (see token-words.ts). */
export interface TokenIds { word: number[]; lemma: number[]; pos: number[]; shape: number[] }

export function tokenIds(lookup: Lookup, tokens: readonly Token[]): TokenIds {
  const { vocab, wordIndex, lemmaIndex } = lowered(tokens);
  // each distinct string of the document is looked up in the weights' vocabulary once; POS tags and shapes are a few dozen
  const idOf = vocab.map((s) => lookup.ids.get(s) ?? -1);
  const closedSet = new Map<string, number>();
  const closedId = (s: string) => {
    let v = closedSet.get(s);
    if (v === undefined) closedSet.set(s, (v = lookup.ids.get(s) ?? -1));
    return v;
  };
  const ids: TokenIds = { word: [], lemma: [], pos: [], shape: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    ids.word.push(idOf[wordIndex[i]!]!);
    ids.lemma.push(idOf[lemmaIndex[i]!]!);
    ids.pos.push(closedId(t.pos));
    ids.shape.push(closedId(shape(t.text)));
  }
  return ids;
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

/** Adds the token-level rows of token `i` to `e` at `at`; same parts as tokenParts. `side`, `g`: ids of its place. */
export function addTokenRows(lookup: Lookup, c: Closed, ids: TokenIds, e: Float64Array, at: number, i: number, sFirst: number, sLast: number, side: number, g: number, cm: number, qm: number, iq: boolean, cueQuote: boolean): void {
  const START = c.start;
  const cmId = c.cm[cm]!, q = c.cm[qm]!;
  const w = ids.word[i]!, p = ids.pos[i]!;
  const wPrev = i - 1 >= sFirst ? ids.word[i - 1]! : START, wNext = i + 1 <= sLast ? ids.word[i + 1]! : START;
  const pPrev = i - 1 >= sFirst ? ids.pos[i - 1]! : START, pNext = i + 1 <= sLast ? ids.pos[i + 1]! : START;
  const { table } = lookup;
  hit(table, e, at, 0, w, side);
  hit(table, e, at, 1, ids.lemma[i]!, side);
  hit(table, e, at, 2, p, g);
  hit(table, e, at, 3, p, side, cmId);
  hit(table, e, at, 4, side, cmId, q);
  hit(table, e, at, 5, ids.shape[i]!, side);
  hit(table, e, at, 6, iq ? c.yes : c.no, side, cueQuote ? c.yes : c.no);
  hit(table, e, at, 7, wPrev, side);
  hit(table, e, at, 8, wNext, side);
  hit(table, e, at, 9, pPrev, p, side);
  hit(table, e, at, 10, p, pNext, side);
  hit(table, e, at, 11, c.edge[edgeOf(i, sFirst, sLast)]!, p, side);
  hit(table, e, at, 12, w, g);
}

/**
 * Adds the group-level rows of place `g` on `side` (ids) to `e` at `at`, for the cue whose lemma
 * and neighbouring words have ids `cue`, `before`, `after`; same keys as roleFeatures' byGroup.
 */
export function addGroupRows(lookup: Lookup, e: Float64Array, at: number, cue: number, before: number, after: number, side: number, g: number): void {
  const { table } = lookup;
  hit(table, e, at, T, cue, side);
  hit(table, e, at, T + 1, cue, g);
  hit(table, e, at, T + 2, before, side);
  hit(table, e, at, T + 3, after, side);
}

/** Adds the row of template `k` over the given parts; a part the weights never saw (-1) means no row. */
function hit(table: FeatureTable, e: Float64Array, at: number, k: number, x: number, y: number, z?: number): void {
  if (x < 0 || y < 0 || z === -1) return;
  table.addTo(k, x, y, z ?? -1, e, at);
}

const CM = ['0', '1', '2', '3'];
