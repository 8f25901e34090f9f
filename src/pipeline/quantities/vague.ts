/**
 * Vague quantities ("dozens of", "tens of thousands"): kept as the word plus an interval.
 * Only counted when a noun or "of"/a verb follows, so "thousands" in a name is rare noise.
 */
import { vagueLexicon } from '../../lexicons/vague-quantities.js';
import type { Figure } from './figure.js';
import { wordAlternation } from './word-pattern.js';

const FORMS = new Map<string, (typeof vagueLexicon)[number]>();
for (const entry of vagueLexicon) for (const form of entry.forms) FORMS.set(form, entry);
const VAGUE = new RegExp(`\\b${wordAlternation([...FORMS.keys()])}\\b`, 'giu');

/** Vague quantities in `text` (a sentence starting at document offset `offset`). */
export function findVague(text: string, offset: number): Figure[] {
  const found: Figure[] = [];
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    const word = m[0].toLowerCase().replace(/\s+/gu, ' ');
    const entry = FORMS.get(word);
    if (!entry) continue;
    // "the thousands" in "in the thousands" is still vague; "Thousands" capitalised mid-sentence is a name.
    if (m.index > 0 && /^[A-Z]/u.test(m[0]) && !/[.!?"“:]\s*$/u.test(text.slice(0, m.index)) ) continue;
    // "1,000s" or "of thousands" after a number is handled by the numeral itself.
    if (/\d\s*$/u.test(text.slice(0, m.index))) continue;
    const surface = word.endsWith(' of') ? m[0].slice(0, m[0].length - 3) : m[0];
    found.push({
      start: offset + m.index, end: offset + m.index + surface.length,
      value: null, lower: entry.lower, upper: entry.upper, lowerInclusive: true, upperInclusive: entry.upper !== null,
      bound: 'vague', approximate: true, vague: surface, rule: `quantities/vague-${entry.id}`,
    });
  }
  return found;
}
