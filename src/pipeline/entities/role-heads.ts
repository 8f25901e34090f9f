import type { Token } from '../../model/doc.js';
import { titleLexicon } from '../../lexicons/titles.js';

/** A role head as token texts, with the lexicon entry it belongs to. */
export interface RoleHead {
  readonly words: readonly string[];
  readonly head: string;
  readonly entry: string;
}

/** Splits a head the way wink tokenises it: "commander-in-chief" → commander - in - chief. */
const split = (head: string) => head.match(/[\p{L}.']+|-/gu) ?? [];

// Built once at load, longest first so "prime minister" wins over "minister".
const HEADS: readonly RoleHead[] = titleLexicon
  .flatMap((entry) => entry.heads.map((head) => ({ words: split(head), head, entry: entry.id })))
  .sort((a, b) => b.words.length - a.words.length);

// Indexed by first and by last word: these lookups run for every capitalised token.
const byFirst = groupBy((h) => h.words[0]!);
const byLast = groupBy((h) => h.words[h.words.length - 1]!);

function groupBy(key: (h: RoleHead) => string): Map<string, RoleHead[]> {
  const map = new Map<string, RoleHead[]>();
  for (const h of HEADS) map.set(key(h), [...(map.get(key(h)) ?? []), h]);
  return map;
}

/** The longest role head starting at token `i`, case-insensitively. */
export function roleHeadAt(tokens: readonly Token[], i: number, limit = tokens.length): RoleHead | undefined {
  const candidates = i < limit ? byFirst.get(tokens[i]!.text.toLowerCase()) : undefined;
  return candidates?.find((h) => h.words.every((w, k) => i + k < limit && tokens[i + k]!.text.toLowerCase() === w));
}

/** The longest role head ending just before token `end` (exclusive). */
export function roleHeadBefore(tokens: readonly Token[], end: number, floor = 0): RoleHead | undefined {
  const candidates = end > 0 ? byLast.get(tokens[end - 1]!.text.toLowerCase()) : undefined;
  return candidates?.find((h) => end - h.words.length >= floor && h.words.every((w, k) => tokens[end - h.words.length + k]!.text.toLowerCase() === w));
}

export function kinOf(entryId: string, head: string): readonly string[] {
  const entry = titleLexicon.find((e) => e.id === entryId);
  return entry && entry.kin.length > 0 ? entry.kin : [head];
}
