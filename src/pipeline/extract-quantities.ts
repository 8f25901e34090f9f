/**
 * Figures: every number mention that counts or measures something, with its bound, what it
 * counts, where, when, how sure and on whose word. One pass per sentence that has a digit or a
 * number word; the numeral parser never sees the others.
 */
import type { Context, Doc, Quantity, Token } from '../model/doc.js';
import { categoriesOf, clauseOf } from './quantities/categories.js';
import { changeOf } from './quantities/change.js';
import { claimOf } from './quantities/claim.js';
import { sentenceFigures } from './quantities/numerals.js';
import { placeOf } from './quantities/place.js';
import { markRepeats } from './quantities/repeats.js';
import { statusOf } from './quantities/status.js';
import { subjectOf } from './quantities/subject.js';
import { timeOf } from './quantities/time.js';

/**
 * @example extractQuantities(analyzeUpToClaims('Casualties exceeded 3,000.')) → [{ lower: 3000, bound: 'more_than', ... }]
 */
export function extractQuantities(doc: Doc, context: Context = {}): Quantity[] {
  const debug = context.debug ? (message: string) => context.debug!('quantities', message) : undefined;
  const text = doc.text;
  const tokensBySentence: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) tokensBySentence[t.sentence]?.push(t);
  const quantities: Quantity[] = [];
  doc.sentences.forEach((sentence, index) => {
    const figures = sentenceFigures(text, sentence, doc.dates, debug);
    for (const figure of figures) {
      const clause = clauseOf(text, figure, sentence);
      const others = figures.filter((f) => f !== figure);
      const subject = subjectOf(text, figure, tokensBySentence[index] ?? [], clause.start, figure.unit);
      const place = placeOf(text, figure, sentence, clause, others, doc.entities);
      const time = timeOf(text, figure, sentence, clause, others, doc.dates);
      const claim = claimOf(doc.claims, figure);
      quantities.push({
        id: `q${quantities.length}`,
        ...figure,
        change: changeOf(text, figure, sentence.start),
        // An age or a sum of money is not a count of people: "the dead 3-year-old boy".
        categories: figure.unit === 'years of age' || /^[A-Z]{3}$/u.test(figure.unit ?? '') ? [] : categoriesOf(text, figure, sentence, others),
        ...(subject ? { subject } : {}),
        ...(place ? { place } : {}),
        ...(time ? { time } : {}),
        status: statusOf(sentence, doc.sentences[index - 1], text, doc.statusMarkers, claim),
        ...(claim ? { claim: claim.id } : {}),
      });
    }
  });
  return markRepeats(text, quantities);
}
