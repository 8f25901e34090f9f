/**
 * One speaker named three ways across outlets: "the regional emergencies ministry", "the
 * emergencies ministry", "the ministry". Within a series, a source phrase whose words all appear
 * in one longer phrase (and in no phrase that is not part of that one) is that speaker, so its
 * figures are not set against each other as two sources'. Where the shorter phrase fits two
 * speakers ("the ministry" beside "the defence ministry" and "the health ministry") it stays apart.
 * Entities, outlets and unattributed points keep their keys.
 */
import type { FigurePoint } from './types.js';

/** Words that say nothing about who a phrase names. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 's', 'and']);

const wordsOf = (key: string): Set<string> => new Set(key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !FILLER.has(w)));
const isPhraseKey = (key: string): boolean => !/^(?:entity|outlet|article):/u.test(key);
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size < b.size && [...a].every((w) => b.has(w));

export function shareSourceKeys(points: readonly FigurePoint[]): FigurePoint[] {
  // phrases of the same words are one ("the Ministry of Emergencies", "the emergencies ministry"): the first seen stands for them
  const bySignature = new Map<string, { key: string; words: Set<string> }>();
  const merged = new Map<string, string>();
  for (const key of new Set(points.map((p) => p.sourceKey).filter(isPhraseKey))) {
    const words = wordsOf(key);
    const signature = [...words].sort().join(' ');
    const same = bySignature.get(signature);
    if (same) merged.set(key, same.key);
    else bySignature.set(signature, { key, words });
  }
  const phrases = [...bySignature.values()];
  for (const phrase of phrases) {
    if (phrase.words.size === 0) continue;
    const longer = phrases.filter((other) => within(phrase.words, other.words));
    // the longest phrases holding it: one speaker if they are one (each within the next), else ambiguous
    const widest = longer.filter((other) => !longer.some((wider) => within(other.words, wider.words)));
    if (widest.length === 1) merged.set(phrase.key, widest[0]!.key);
  }
  const speaker = (key: string): string => (merged.has(key) ? speaker(merged.get(key)!) : key);
  return merged.size === 0 ? [...points] : points.map((p) => (merged.has(p.sourceKey) ? { ...p, sourceKey: speaker(p.sourceKey) } : p));
}
