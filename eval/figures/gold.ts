/**
 * The figures gold set (eval/gold/figures.jsonl, development; eval/gold/figures-heldout.jsonl,
 * three articles annotated after the rules were written and scored once before any fix).
 * Annotation conventions, by a person reading each candidate in context:
 * - a figure is a cardinal that counts or measures: people, money, percent, points, shares
 *   ("two-thirds", "four in 10" = 0.4, bare "half" as a share), durations ("six years", "a few
 *   days"), ages, vague quantities ("dozens", "hundreds of thousands", "a few");
 * - not figures: years, dates and days of month, times of day, ordinals ("first half"), phone
 *   numbers, "one of", pronoun "one", names and labels ("S&P 500", "Fight for 15", "Under 70 Auto
 *   Sales"), compound modifiers ("one-time", "top-two", "10-year Treasury note");
 * - bounds follow the issue: exceeded/more than/over → exclusive lower; at least → inclusive;
 *   up to/as many as/or less → inclusive upper; fewer than/under → exclusive upper; about → approx;
 *   nearly/almost → approx with an exclusive upper; "working our way up to $15" is exact;
 * - subject/place/time are marked only when the text states them for this figure.
 */
import type { Quantity } from '../../src/model/doc.js';

/** One expected figure: an article name (PolNeAR train split), offsets and values, never text. */
export type GoldFigure = Pick<Quantity, 'start' | 'end' | 'value' | 'lower' | 'upper' | 'lowerInclusive' | 'upperInclusive' | 'bound' | 'approximate' | 'categories' | 'subject' | 'place' | 'time'> & {
  readonly file: string;
};
