/**
 * The place a figure is about: "in Kursk", "in the Kursk region", "across Ohio". A capitalised
 * phrase after a locative preposition in the figure's sentence, nearest the figure, accepted when
 * it is a place entity, ends in a place noun ("region", "county"), or is not another entity type.
 */
import type { Entity, Span } from '../../model/doc.js';
import { overlaps } from '../../model/span.js';
import { inScope } from './time.js';

const PLACE_NOUN = 'region|regions|province|oblast|city|state|county|district|area|territory|village|town|capital|border|front|peninsula|valley|strip|bank|island|islands|coast';
const LOCATIVE = new RegExp(
  `\\b(?:in|near|across|throughout|inside|around|outside)\\s+((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*){0,3}(?:\\s+(?:${PLACE_NOUN})\\b)?)`,
  'gu',
);
const NOT_PLACE = /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Congress|Senate|House|Parliament|Court|Supreme|Democrats?|Republicans?|I|A|An|The|This|That|It|He|She|They|We|Mr|Mrs|Ms|Dr|Christmas|Easter|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/u;

/** The place phrase nearest `span` within `sentence` (document offsets), or null. */
export function placeOf(text: string, span: Span, sentence: Span, clause: Span, others: readonly Span[], entities: readonly Entity[]): Span | null {
  const slice = text.slice(sentence.start, sentence.end);
  let best: Span | null = null;
  let bestDistance = Infinity;
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(slice); m; m = LOCATIVE.exec(slice)) {
    let phrase = m[1]!.replace(/[.'’]+$/u, '').replace(/(?:'s|’s)$/u, '');
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const candidate = { start, end: start + phrase.length };
    if (NOT_PLACE.test(phrase) || overlaps(candidate, span) || !inScope(text, { start: sentence.start + m.index, end: candidate.end }, sentence, clause, span, others)) continue;
    const typed = entities.filter((e) => e.mentions.some((mention) => overlaps(mention, candidate)));
    const isPlace = typed.some((e) => e.type === 'place') || new RegExp(`\\b(?:${PLACE_NOUN})$`, 'u').test(phrase);
    if (!isPlace && typed.length > 0) continue;
    // Untyped names are accepted only with a place noun; typed places beat nearer untyped ones.
    if (!isPlace) continue;
    phrase = phrase.trim();
    const distance = (candidate.start >= span.end ? candidate.start - span.end : span.start - candidate.end) + (typed.length ? 0 : 1000);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
