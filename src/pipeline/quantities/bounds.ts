/**
 * Bounds and approximations from cue words next to the number ("exceeded 3,000" → more than,
 * exclusive; "at least" → inclusive; "nearly" → approximate, below). The cue wins over the
 * numeral parser: 3,000 in "exceeded 3,000" is not an exact value.
 */
import { boundLexicon, type BoundEntry } from '../../lexicons/bounds.js';
import type { Figure } from './figure.js';
import { wordAlternation } from './word-pattern.js';

function cueMatcher(where: 'before' | 'after'): { pattern: RegExp; byForm: Map<string, BoundEntry> } {
  const byForm = new Map<string, BoundEntry>();
  for (const entry of boundLexicon as readonly BoundEntry[]) {
    if (entry.where !== where) continue;
    for (const form of entry.forms) if (!byForm.has(form)) byForm.set(form, entry);
  }
  const words = wordAlternation([...byForm.keys()]);
  // Before: the cue ends right before the number (an adverb like "already" may sit inside "has already exceeded").
  const pattern = where === 'before'
    ? new RegExp(`(?<![\\w-])${words}\\s*$`, 'iu')
    : new RegExp(`^(?:(?:\\s+(?:an?|per)\\s+[a-z]+|\\s+[a-z]+)?\\s*${words}(?![\\w])|\\+)`, 'iu');
  return { pattern, byForm };
}

const BEFORE = cueMatcher('before');
const AFTER = cueMatcher('after');
const AFTER_CUE_ONLY = new RegExp(`${wordAlternation(boundLexicon.filter((e) => e.where === 'after').flatMap((e) => [...e.forms]))}$`, 'iu');
const MOTION_BEFORE = /\b(?:way|go|goes|going|went|gone|come|came|move[sd]?|moving|climb(?:ed|ing)?|work(?:ed|ing)?|step(?:ped)?|ramp(?:ed)?|build|built|bring|brought|rais(?:e|ed|ing)|phas(?:e|ed|ing)|increas(?:e|ed|ing))\s+$/iu;
const DURATION_AFTER = /^[\s-]*(?:years?|months?|weeks?|weekends?|days?|nights?|hours?|minutes?|decades?)\b/iu;

/** The figure with its bound set from a cue around it in `text` (the whole doc text). */
export function applyBound(text: string, figure: Figure, sentenceStart: number, sentenceEnd: number): Figure {
  if (figure.bound !== 'exact' || figure.value === null) return figure;
  const value = figure.value;
  const head = text.slice(Math.max(sentenceStart, figure.start - 40), figure.start);
  const before = BEFORE.pattern.exec(head);
  const tail = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 24));
  const after = before ? null : AFTER.pattern.exec(tail);
  const match = before ?? after;
  if (!match) return figure;
  // "working our way up to $15": motion, not a bound; "over six years": a period, unless "for over".
  if (before && /^up\s+to$/iu.test(before[0].trim()) && MOTION_BEFORE.test(head.slice(0, before.index))) return figure;
  if (before && /^over$/iu.test(before[0].trim()) && DURATION_AFTER.test(tail) && !/\bfor\s+$/iu.test(head.slice(0, before.index))) return figure;
  // "losses top 3,000" is a verb; "the top 10", "Top 5 picks" name a rank
  if (before && /^top$/iu.test(before[0].trim()) && (before.index === 0 || /(?:^|\b(?:the|a|an|its|their|his|her|our|your|my|this|these|those))\s*$/iu.test(head.slice(0, before.index)))) return figure;
  const cueWords = after ? (AFTER_CUE_ONLY.exec(match[0])?.[0] ?? match[0]) : match[0];
  const form = cueWords.trim().toLowerCase().replace(/\s+/gu, ' ');
  const entry = (before ? BEFORE : AFTER).byForm.get(form);
  if (!entry) return figure;
  const cueStart = before ? figure.start - head.length + match.index + (match[0].length - match[0].trimStart().length) : figure.end + match[0].length - cueWords.trimStart().length;
  const cueEnd = before ? figure.start - (match[0].length - match[0].trimEnd().length) : figure.end + match[0].length;
  const cue = { start: cueStart, end: cueEnd };
  const base = { ...figure, cue, rule: `quantities/bound-${entry.id}` };
  switch (entry.bound) {
    case 'more_than': return { ...base, bound: 'more_than', lower: value, upper: null, lowerInclusive: false, upperInclusive: false };
    case 'at_least': return { ...base, bound: 'at_least', lower: value, upper: null, lowerInclusive: true, upperInclusive: false };
    case 'less_than': return { ...base, bound: 'less_than', lower: null, upper: value, lowerInclusive: false, upperInclusive: false };
    case 'at_most': return { ...base, bound: 'at_most', lower: null, upper: value, lowerInclusive: false, upperInclusive: true };
    default:
      // "nearly 3,000": the true figure is just below; "about 3,000": either side.
      return entry.id === 'nearly'
        ? { ...base, bound: 'approx', approximate: true, lower: null, upper: value, lowerInclusive: false, upperInclusive: false }
        : { ...base, bound: 'approx', approximate: true, lower: null, upper: null, lowerInclusive: false, upperInclusive: false };
  }
}
