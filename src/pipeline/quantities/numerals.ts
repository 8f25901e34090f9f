/**
 * The figures of one sentence before enrichment: numerals (minus those that are not figures),
 * widened by their unit, plus vague quantities, with ranges merged and bounds applied.
 */
import type { Sentence, Span } from '../../model/doc.js';
import { overlaps } from '../../model/span.js';
import { findNumerals, mayHaveNumber } from '../../nlp/numbers.js';
import { applyBound } from './bounds.js';
import { exactFigure, type Figure } from './figure.js';
import { phoneSpans, rejectNumeral } from './not-a-figure.js';
import { mergeRanges } from './ranges.js';
import { mergeRatios } from './ratios.js';
import { findUnit } from './units.js';
import { findVague } from './vague.js';

const SCALE_WORD = /(?:thousand|million|billion|trillion|lakhs?|crores?|[0-9](?:k|m|bn|mln|tn))$/iu;
/** On lowercased text, without /i or /u (much faster in V8). */
const VAGUE_HINT = /\b(?:dozens?|hundreds?|thousands?|millions?|billions?|scores|handful|few|couple)\b/;

/** Figures in `sentence`; `dates` are resolved date spans, `debug` traces rejections. */
export function sentenceFigures(text: string, sentence: Sentence, dates: readonly Span[], debug?: (message: string) => void): Figure[] {
  const slice = text.slice(sentence.start, sentence.end);
  const vague = VAGUE_HINT.test(slice.toLowerCase()) ? findVague(slice, sentence.start) : [];
  if (!mayHaveNumber(slice) && vague.length === 0) return [];
  const phones = phoneSpans(text, sentence);
  const figures: Figure[] = [...vague];
  for (const raw of findNumerals(slice)) {
    const n = { ...raw, start: sentence.start + raw.start, end: sentence.start + raw.end };
    if (vague.some((v) => overlaps(v, n)) || phones.some((p) => overlaps(p, n))) continue;
    const rejected = rejectNumeral(text, n, dates, sentence);
    if (rejected) {
      debug?.(`${rejected}: ${n.text}`);
      continue;
    }
    const unit = findUnit(text, n);
    const figure = exactFigure(unit ?? n, n.value, unit ? `quantities/numeral-${unit.unit === 'percent' ? 'percent' : /^[A-Z]{3}$/u.test(unit.unit) ? 'money' : 'unit'}` : 'quantities/numeral', unit?.unit);
    figures.push(SCALE_WORD.test(n.text) ? { ...figure, scaled: true } : figure);
  }
  figures.sort((a, b) => a.start - b.start);
  return mergeRanges(text, mergeRatios(text, figures), sentence.start).map((f) => stripScaled(applyBound(text, f, sentence.start, sentence.end)));
}

function stripScaled(f: Figure): Figure {
  if (f.scaled === undefined) return f;
  const { scaled: _scaled, ...rest } = f;
  return rest;
}
