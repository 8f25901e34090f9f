/**
 * Scores predicted attribution relations against gold ones, per role (source, cue, content) under
 * exact, loose-exact and token-overlap matching, plus relation-level matching. Pure: no I/O.
 */
import type { Fragment, GoldRelation } from './brat.js';

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold items matched (may differ from tp when matching is not one-to-one). */
  found: number;
}

export interface ScoredDoc {
  readonly text: string;
  readonly gold: readonly GoldRelation[];
  readonly predicted: readonly GoldRelation[];
}

const EDGE = /[\s\p{P}\p{S}]/u;

/** Drops leading/trailing whitespace and punctuation (quote marks too) from each fragment. */
export function loosen(text: string, fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of fragments) {
    let { start, end } = f;
    while (start < end && EDGE.test(text[start]!)) start++;
    while (end > start && EDGE.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function key(fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${f.start}-${f.end}`).join(',');
}

/** Distinct role items of a document (a source shared by two relations counts once). */
function items(text: string, relations: readonly GoldRelation[], role: Role, loose: boolean): Set<string> {
  const out = new Set<string>();
  for (const r of relations) {
    const f = r[role];
    if (!f || f.length === 0) continue;
    const k = key(loose ? loosen(text, f) : f);
    if (k) out.add(k);
  }
  return out;
}

/** Start offsets of word and punctuation tokens covered by a role's spans. */
function coveredTokens(text: string, relations: readonly GoldRelation[], role: Role): Set<number> {
  const out = new Set<number>();
  for (const r of relations) {
    for (const f of r[role] ?? []) {
      const re = /\w+|[^\w\s]/gu;
      re.lastIndex = f.start;
      for (let m = re.exec(text); m && m.index < f.end; m = re.exec(text)) out.add(m.index);
    }
  }
  return out;
}

export function emptyCounts(): Counts {
  return { tp: 0, predicted: 0, gold: 0, found: 0 };
}

/** Adds one document's role counts under the given match mode. */
export function countRole(doc: ScoredDoc, role: Role, mode: 'exact' | 'loose' | 'overlap', into: Counts): void {
  // Overlap compares covered tokens; exact and loose compare whole spans.
  const [g, p]: [ReadonlySet<unknown>, ReadonlySet<unknown>] =
    mode === 'overlap'
      ? [coveredTokens(doc.text, doc.gold, role), coveredTokens(doc.text, doc.predicted, role)]
      : [items(doc.text, doc.gold, role, mode === 'loose'), items(doc.text, doc.predicted, role, mode === 'loose')];
  let inter = 0;
  for (const k of p) if (g.has(k)) inter++;
  into.tp += inter;
  into.found += inter;
  into.predicted += p.size;
  into.gold += g.size;
}

function overlapsAny(a: readonly Fragment[] | null, b: readonly Fragment[] | null): boolean {
  if (!a || !b) return false;
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function sameLoose(text: string, a: readonly Fragment[] | null, b: readonly Fragment[] | null): boolean {
  if (!a || !b) return !a && !b;
  return key(loosen(text, a)) === key(loosen(text, b));
}

/**
 * Relation-level counts: a prediction is correct when its cue overlaps the gold cue and its source
 * and content match loosely (both sourceless counts as a source match). Greedy one-to-one.
 */
export function countRelations(doc: ScoredDoc, into: Counts): void {
  const used = new Set<number>();
  into.predicted += doc.predicted.length;
  into.gold += doc.gold.length;
  for (const p of doc.predicted) {
    const i = doc.gold.findIndex(
      (g, j) => !used.has(j) && overlapsAny(p.cue, g.cue) && sameLoose(doc.text, p.source, g.source) && sameLoose(doc.text, p.content, g.content),
    );
    if (i >= 0) {
      used.add(i);
      into.tp++;
      into.found++;
    }
  }
}

/**
 * Counts of one role as the published citron scorer takes them (FORMAT.md): a prediction is paired
 * with every gold relation whose cue overlaps its cue, and counts when one of them has exactly the
 * same list of spans for the role (for the cue: the same cue). Greedy and not one-to-one, so tp
 * (predictions matched) and found (gold relations matched) may differ. Predictions and gold
 * relations without the role are not counted.
 */
export function countPaired(doc: ScoredDoc, role: Role, into: Counts): void {
  const same = (a: GoldRelation, b: GoldRelation) => !!a[role] && !!b[role] && key(a[role]!) === key(b[role]!);
  const pairs = (p: GoldRelation, g: GoldRelation) => overlapsAny(p.cue, g.cue) && same(p, g);
  const predicted = doc.predicted.filter((r) => r[role]?.length);
  const gold = doc.gold.filter((r) => r[role]?.length);
  into.predicted += predicted.length;
  into.gold += gold.length;
  into.tp += predicted.filter((p) => gold.some((g) => pairs(p, g))).length;
  into.found += gold.filter((g) => predicted.some((p) => pairs(p, g))).length;
}

/**
 * Relation counts split by whether the attribution names a source: FORMAT.md asks that the
 * no-source ones ("it is said", passives) be counted apart. Predictions fall on the side of their
 * own source; a match across sides is impossible (sources must match).
 */
export function countRelationsBySource(doc: ScoredDoc, withSource: Counts, noSource: Counts): void {
  for (const [into, has] of [[withSource, true], [noSource, false]] as const) {
    const side = (r: GoldRelation) => !!r.source?.length === has;
    countRelations({ text: doc.text, gold: doc.gold.filter(side), predicted: doc.predicted.filter(side) }, into);
  }
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.found / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
