/**
 * What a figure counts, from the category lexicon: the words between this figure and the next
 * one in its clause (after the number: "30 killed and 50 wounded"), or, when none, the words
 * before it back to the previous figure ("the number of killed and wounded ... exceeded 3,000").
 */
import { categoryLexicon, type CategoryEntry } from '../../lexicons/categories.js';
import type { Span } from '../../model/doc.js';
import { wordAlternation } from './word-pattern.js';

const BY_FORM = new Map<string, CategoryEntry>();
for (const entry of categoryLexicon as readonly CategoryEntry[]) for (const form of entry.forms) BY_FORM.set(form, entry);
const CATEGORY = new RegExp(`\\b${wordAlternation([...BY_FORM.keys()])}\\b`, 'giu');
/** A clause boundary: semicolon, colon, dash, or a comma not between digits, or "while"/"but". */
const BOUNDARY = /[;:—–()]|,(?!\d)|\b(?:while|but|whereas|compared with|compared to)\b/giu;

interface Found {
  readonly main: string[];
  readonly fallback: string[];
}

function categoriesIn(text: string): Found {
  const found = new Set<string>();
  let fallback: string[] = [];
  CATEGORY.lastIndex = 0;
  for (let m = CATEGORY.exec(text); m; m = CATEGORY.exec(text)) {
    const entry = BY_FORM.get(m[0].toLowerCase().replace(/\s+/gu, ' '));
    if (!entry) continue;
    if (entry.fallback) fallback = [...entry.categories];
    else for (const c of entry.categories) found.add(c);
  }
  return { main: [...found].sort(), fallback };
}

/** The clause around `span` inside `sentence` (document offsets). */
export function clauseOf(text: string, span: Span, sentence: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= span.start) start = at + m[0].length;
    else if (at >= span.end) { end = at; break; }
  }
  return { start, end };
}

/** Categories of the figure at `span`; `neighbours` are the other figures of the sentence. */
export function categoriesOf(text: string, span: Span, sentence: Span, neighbours: readonly Span[]): string[] {
  const clause = clauseOf(text, span, sentence);
  const next = neighbours.find((n) => n.start >= span.end && n.start < clause.end);
  const after = categoriesIn(text.slice(span.end, next ? next.start : clause.end));
  if (after.main.length > 0) return after.main;
  const previous = [...neighbours].reverse().find((n) => n.end <= span.start && n.end > clause.start);
  const before = categoriesIn(text.slice(previous ? previous.end : clause.start, span.start));
  // "arrested 12 protesters": what happened (before) beats who they are (after).
  if (before.main.length > 0) return before.main;
  return after.fallback.length > 0 ? after.fallback : before.fallback;
}
