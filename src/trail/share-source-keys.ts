/**
 * One speaker named three ways across outlets: "the regional emergencies ministry", "the
 * emergencies ministry", "the ministry". Within a series, a source phrase whose words all appear
 * in one longer phrase (and in no phrase that is not part of that one) is that speaker, so its
 * figures are not set against each other as two sources'. Where the shorter phrase fits two
 * speakers ("the ministry" beside "the defence ministry" and "the health ministry") it stays apart.
 * A phrase may be a linked entity by the words of its name ("the emergency service" and the
 * "State Emergency Service"); entities, outlets and unattributed points keep their keys.
 */
import type { FigurePoint } from './types.js';
import { nameKey } from '../model/name-key.js';

/** Words that say nothing about who a phrase names. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 's', 'and']);

/** Words as names are keyed across articles ("Zelenskyy" and "Zelensky" are one word). */
const wordsOf = (key: string): Set<string> => new Set(nameKey(key).split(' ').filter((w) => w !== '' && !FILLER.has(w)));
const isPhraseKey = (key: string): boolean => !/^(?:entity|outlet|article):/u.test(key);
/** "officials", "witnesses": one plural word with no article, which any outlet's officials or witnesses may be. */
const isBarePlural = (key: string): boolean => /^\p{L}+s$/u.test(key);
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size < b.size && [...a].every((w) => b.has(w));

export function shareSourceKeys(points: readonly FigurePoint[]): FigurePoint[] {
  // entities first, by the words of their name: "the emergency service" may be the "State Emergency Service" an article named
  const named = new Map<string, string>();
  for (const p of points) if (p.sourceKey.startsWith('entity:') && p.source) named.set(p.sourceKey, p.source.toLowerCase());
  // phrases of the same words are one ("the Ministry of Emergencies", "the emergencies ministry"): an entity, else the first seen, stands for them
  const bySignature = new Map<string, { key: string; words: Set<string>; entity: boolean }>();
  const merged = new Map<string, string>();
  const candidates = [...[...named].map(([key, name]) => ({ key, text: name, entity: true })), ...[...new Set(points.map((p) => p.sourceKey).filter(isPhraseKey))].map((key) => ({ key, text: key, entity: false }))];
  for (const { key, text, entity } of candidates) {
    const words = wordsOf(text);
    const signature = [...words].sort().join(' ');
    const same = bySignature.get(signature);
    if (same && !entity) merged.set(key, same.key);
    else if (!same) bySignature.set(signature, { key, words, entity });
  }
  const phrases = [...bySignature.values()];
  // phrases by word: those holding a phrase are among those holding its rarest word (a store of thousands of sources stays fast)
  const byWord = new Map<string, (typeof phrases)[number][]>();
  for (const phrase of phrases) {
    for (const w of phrase.words) {
      const list = byWord.get(w);
      if (list) list.push(phrase);
      else byWord.set(w, [phrase]);
    }
  }
  for (const phrase of phrases) {
    // an entity is who it is: only phrases are taken for one; a bare plural ("officials", "witnesses") names a kind of speaker, not one of them
    if (phrase.entity || phrase.words.size === 0 || isBarePlural(phrase.key)) continue;
    const rarest = [...phrase.words].map((w) => byWord.get(w)!).reduce((a, b) => (b.length < a.length ? b : a));
    const longer = rarest.filter((other) => within(phrase.words, other.words));
    // one speaker if the longest phrase holding it holds all the others too (they are its shorter names), else ambiguous
    if (longer.length === 0) continue;
    const widest = longer.reduce((a, b) => (b.words.size > a.words.size ? b : a));
    if (longer.every((other) => other === widest || within(other.words, widest.words))) merged.set(phrase.key, widest.key);
  }
  const speaker = (key: string): string => (merged.has(key) ? speaker(merged.get(key)!) : key);
  return merged.size === 0 ? [...points] : points.map((p) => (merged.has(p.sourceKey) ? { ...p, sourceKey: speaker(p.sourceKey) } : p));
}
