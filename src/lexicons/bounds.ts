/**
 * Words that turn a number into a bound or an approximation. Curation rule: the cue must sit
 * right before the number (`before`) or right after it (`after`) and say on which side the true
 * figure lies. "exceeded 3,000" → more than 3,000, exclusive; "at least" → inclusive.
 */
import type { Bound } from '../model/doc.js';

export interface BoundEntry {
  readonly id: string;
  readonly bound: Bound;
  readonly where: 'before' | 'after';
  readonly forms: readonly string[];
  /** nearly/almost: approximate, and the true figure is below the number. */
  readonly approximate?: boolean;
  readonly reason: string;
}

export const boundLexicon = [
  { id: 'more-than', bound: 'more_than', where: 'before', forms: ['more than', 'over', 'above', 'in excess of', 'upwards of', 'upward of', 'exceeded', 'exceeds', 'exceed', 'exceeding', 'surpassed', 'surpasses', 'topped', 'tops', 'top', 'passed', 'climbed past', 'climbs past', 'rose past', 'rises past', 'risen past', 'went past', 'goes past', 'gone past', 'just over', 'well over', 'north of', 'greater than', 'higher than', 'beyond', 'better than', 'over age', 'over the age of', 'older than'], reason: 'exclusive lower bound' },
  { id: 'at-least', bound: 'at_least', where: 'before', forms: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of'], reason: 'inclusive lower bound' },
  { id: 'at-most', bound: 'at_most', where: 'before', forms: ['up to', 'at most', 'no more than', 'not more than', 'a maximum of', 'as many as', 'as much as', 'as high as'], reason: 'inclusive upper bound' },
  { id: 'less-than', bound: 'less_than', where: 'before', forms: ['fewer than', 'less than', 'under', 'below', 'short of', 'lower than', 'under age', 'under the age of', 'younger than'], reason: 'exclusive upper bound' },
  { id: 'nearly', bound: 'approx', where: 'before', forms: ['nearly', 'almost', 'close to', 'just shy of', 'approaching', 'not quite', 'just below'], approximate: true, reason: 'approximate, the true figure is just below' },
  { id: 'about', bound: 'approx', where: 'before', forms: ['about', 'around', 'approximately', 'some', 'an estimated', 'estimated', 'roughly', 'circa', 'an approximate', 'approx.', 'about some'], approximate: true, reason: 'approximate value' },
  { id: 'or-more', bound: 'at_least', where: 'after', forms: ['or more', 'and more', 'and up', 'plus', '-plus', 'or higher', 'and above', 'and older', 'or older', 'and over', 'or over', '+'], reason: 'inclusive lower bound written after the number' },
  { id: 'or-fewer', bound: 'at_most', where: 'after', forms: ['or fewer', 'or less', 'or lower', 'and below', 'and under', 'at most', 'or under', 'or younger', 'and younger'], reason: 'inclusive upper bound written after the number' },
  { id: 'or-so', bound: 'approx', where: 'after', forms: ['or so', 'give or take', 'more or less', '-odd', 'odd', 'or thereabouts'], approximate: true, reason: 'approximate, written after the number' },
] as const satisfies readonly BoundEntry[];
