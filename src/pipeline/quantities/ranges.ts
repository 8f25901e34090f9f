/**
 * Ranges: "between 40 and 50", "40-50", "40 to 50", "3 to 5 million". Two adjacent figures
 * become one with lower/upper; a scale word or unit on the second applies to the first.
 */
import type { Figure } from './figure.js';

const BETWEEN = /\bbetween\s*$/iu;
const FROM = /\bfrom\s*$/iu;
const JOIN_DASH = /^[-–]$/u;
const JOIN_WORD = /^\s+(?:to|and)\s+$/iu;
/** "rose from 40 to 50": a change, two levels, not a range. */
const CHANGE_VERB = /\b(?:rose|risen|rising|rises|fell|fallen|falls|falling|dropped|drops|increased|increases|decreased|decreases|grew|grown|climbed|jumped|declined|declines|slipped|slid|went|moved|up|down|cut|raised|lowered|boosted|reduced)\b[^.;]{0,40}$/iu;

/** Merges range pairs among the figures of one sentence (sorted by start). */
export function mergeRanges(text: string, figures: readonly Figure[], sentenceStart: number): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    if (b && a.value !== null && b.value !== null && a.bound === 'exact' && b.bound === 'exact') {
      const gap = text.slice(a.end, b.start);
      const head = text.slice(Math.max(sentenceStart, a.start - 50), a.start).replace(/[$€£]$/u, '');
      const between = BETWEEN.test(head) && /^\s+and\s+$/iu.test(gap);
      const dash = JOIN_DASH.test(gap) && !/\d[-–]$/u.test(head);
      // "dipping 1.3 percent to $191.6 million": a change then a level, not a range.
      const to = /^\s+to\s+$/iu.test(gap) && !CHANGE_VERB.test(head.replace(FROM, ''));
      const unitsAgree = !a.unit || !b.unit || a.unit === b.unit;
      if ((between || dash || (to && JOIN_WORD.test(gap))) && unitsAgree) {
        // "3 to 5 million": the first number takes the second's scale.
        let lower = a.value;
        if (b.scaled && !a.scaled && lower < b.value / 100) lower *= b.value >= 1e9 ? 1e9 : b.value >= 1e6 ? 1e6 : 1e3;
        if (lower <= b.value) {
          const unit = a.unit ?? b.unit;
          out.push({
            start: a.start, end: b.end, value: null, lower, upper: b.value, lowerInclusive: true, upperInclusive: true,
            bound: 'range', approximate: false, ...(unit ? { unit } : {}),
            ...(between ? { cue: { start: a.start - (head.length - head.search(/between\s*$/iu)), end: a.start - (head.length - head.search(/between\s*$/iu)) + 7 } } : {}),
            rule: between ? 'quantities/range-between' : dash ? 'quantities/range-dash' : 'quantities/range-to',
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
