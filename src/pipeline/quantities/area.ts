/**
 * Figures in a unit of area ("8,000 acres", "3,200 hectares"): what they measure comes from the
 * area lexicon only, and what they count is their unit, so a fire's acres and another report's
 * hectares are two series (the trail compares figures as written, never converted).
 */
import type { Span } from '../../model/doc.js';
import { areaLexicon } from '../../lexicons/categories.js';
import { wordAlternation } from './word-pattern.js';
import { AREA_UNITS } from './units.js';

/** Whether a figure's unit is one of area. */
export const isArea = (unit: string | undefined): boolean => AREA_UNITS.has(unit ?? '');

const BY_FORM = new Map<string, readonly string[]>(areaLexicon.flatMap((e) => e.forms.map((f) => [f, e.categories] as const)));
const FORMS = new RegExp(`\\b${wordAlternation([...BY_FORM.keys()])}\\b`, 'giu');
/** Right after the unit: "of forest", "of land", then the form ("8,000 acres of forest burned"). */
const AFTER = new RegExp(`^(?:\\s+of\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\s+(?:(?:had|has|have|were|was|been)\\s+)*(${wordAlternation([...BY_FORM.keys()])})\\b`, 'iu');
/** The unit's words right after a figure ("8,000 acres": the span holds the number only). */
const UNIT_WORDS = /^\s+((?:square\s+|sq\s?)?\p{L}+)/u;

/** Where the unit after `figure` ends, or the figure's end. */
const unitEnd = (text: string, figure: Span): number => {
  const m = UNIT_WORDS.exec(text.slice(figure.end, figure.end + 24));
  return m ? figure.end + m[0].length : figure.end;
};

/** The area categories of `figure` in its `clause`: a form before it in the clause, else right after it. */
export function areaCategories(text: string, figure: Span, clause: Span): string[] {
  const before = text.slice(clause.start, figure.start);
  // the last form before the figure says what it measures ("the fire, which has burned 8,000 acres")
  const end = unitEnd(text, figure);
  const found = [...before.matchAll(FORMS)].at(-1)?.[0] ?? AFTER.exec(text.slice(end, end + 60))?.[1];
  return found ? [...(BY_FORM.get(found.toLowerCase().replace(/\s+/gu, ' ')) ?? [])] : [];
}

/** The unit words after an area figure ("acres" of "8,000 acres"): what it counts, so acres and hectares stay apart. */
export function areaSubject(text: string, figure: Span): Span | null {
  const m = UNIT_WORDS.exec(text.slice(figure.end, figure.end + 24));
  return m ? { start: figure.end + m[0].length - m[1]!.length, end: figure.end + m[0].length } : null;
}
