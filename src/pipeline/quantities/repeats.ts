/**
 * The same figure stated twice in one article (a pull quote repeating the lead, a headline
 * repeating the body): same numbers, same bound (a headline may drop "at least"), same categories, subjects that share a word
 * ("North Korean occupiers" / "North Korean soldiers") or are absent on one side when what is
 * counted is named ("12 killed" / "12 people were killed"), and no two different places.
 */
import type { Quantity, Span } from '../../model/doc.js';
import { categoryKey, placeKey, withoutCompass } from '../../trail/series-keys.js';
import { spanAround } from '../../model/span.js';

function words(text: string, q: Quantity): Set<string> {
  if (!q.subject) return new Set();
  return new Set(text.slice(q.subject.start, q.subject.end).toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2));
}

/** Where a figure is, as the trail keys it ("in Russia's Kursk region" and "Kursk" are one place). */
const placeWords = (text: string, place: Span): string => placeKey(text.slice(place.start, place.end));

/** "in Orvania" above "in western Orvania": a compass part narrows a place, it names no other. */
const samePlace = (a: string, b: string): boolean => a === b || withoutCompass(a) === b || withoutCompass(b) === a;

/**
 * "Landslide kills 23" above "killing at least 23 people": a headline drops the hedge of the
 * figure it sums up ("at least", "about"), so an exact headline figure is the body's hedged one.
 */
const HEDGED_IN_BODY: ReadonlySet<string> = new Set(['at_least', 'approx']);

function sameNumbers(a: Quantity, b: Quantity, inHeading: (q: Quantity) => boolean): boolean {
  if (a.value !== b.value || a.unit !== b.unit) return false;
  if (a.lower === b.lower && a.upper === b.upper && a.bound === b.bound) return true;
  const [headline, body] = inHeading(a) ? [a, b] : [b, a];
  return inHeading(headline) && !inHeading(body) && headline.bound === 'exact' && HEDGED_IN_BODY.has(body.bound);
}

function sameFigure(text: string, a: Quantity, b: Quantity, inHeading: (q: Quantity) => boolean, sentenceOf: (q: Quantity) => Span): boolean {
  if (!sameNumbers(a, b, inHeading)) return false;
  // "killed or injured" above "killed or wounded": one measure, as the trail keys it
  if (categoryKey(a.categories) !== categoryKey(b.categories) || a.change !== b.change) return false;
  // A bare small number repeats by chance ("two", "10 percent"); only count figures with a subject or category.
  if (a.categories.length === 0 && (!a.subject || !b.subject)) return false;
  if (a.place && b.place && !samePlace(placeWords(text, a.place), placeWords(text, b.place)) && !headlinePlaceInBody(text, a, b, inHeading, sentenceOf)) return false;
  const wa = words(text, a);
  const wb = words(text, b);
  if (wa.size === 0 || wb.size === 0) return wa.size === wb.size || a.categories.length > 0;
  return [...wa].some((w) => wb.has(w));
}

/**
 * "Flood toll rises to 19 in Orsk" above "The toll in the Velmora valley rose to 19, … after rescuers
 * found five more bodies in Orsk": a headline may name a place its body's sentence names too.
 */
function headlinePlaceInBody(text: string, a: Quantity, b: Quantity, inHeading: (q: Quantity) => boolean, sentenceOf: (q: Quantity) => Span): boolean {
  const [headline, body] = inHeading(a) ? [a, b] : [b, a];
  if (!inHeading(headline) || inHeading(body) || !headline.place) return false;
  const sentence = sentenceOf(body);
  const place = text.slice(headline.place.start, headline.place.end).replace(/^(?:in|at|near|the)\s+/iu, '');
  return place.length > 2 && text.slice(sentence.start, sentence.end).includes(place);
}

/** How many earlier first mentions of the same numbers are compared: an article of 10k identical figures must stay linear. */
const MAX_COMPARED = 256;

/** `quantities` with `repeats` set to the earliest earlier mention of the same figure; `sentences` in text order. */
export function markRepeats(text: string, quantities: readonly Quantity[], headings: readonly Span[] = [], sentences: readonly Span[] = []): Quantity[] {
  // headings sorted by start, looked up by binary search: a page of many headings and figures stays linear
  const sorted = [...headings].sort((x, y) => x.start - y.start);
  const inHeading = (q: Quantity): boolean => {
    const h = spanAround(sorted, q.start);
    return !!h && q.end <= h.end;
  };
  const sentenceOf = (q: Quantity): Span => spanAround(sentences, q.start) ?? q;
  // only first mentions with the same value can match: grouped by it
  const firsts = new Map<string, Quantity[]>();
  return quantities.map((q) => {
    const key = `${q.value}|${q.unit}`;
    const group = firsts.get(key) ?? [];
    const first = group.slice(0, MAX_COMPARED).find((p) => sameFigure(text, p, q, inHeading, sentenceOf));
    if (first) return { ...q, repeats: first.id };
    group.push(q);
    firsts.set(key, group);
    return q;
  });
}
