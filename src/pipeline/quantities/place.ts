/**
 * The place a figure is about: "in Kursk", "in the Kursk region", "across Ohio". A capitalised
 * phrase after a locative preposition in the figure's sentence, nearest the figure, accepted when
 * it is a place entity, ends in a place noun ("region", "county"), or is not another entity type.
 */
import type { Claim, Entity, Span } from '../../model/doc.js';
import { findOverlapping, overlaps } from '../../model/span.js';
import { inScope } from './time.js';
import { COMPASS_WORD } from '../../lexicons/places.js';
import { countryOfCapital } from '../../trail/capitals.js';
import { placeKey } from '../../trail/series-keys.js';
import { nameKind } from '../../nlp/name-lexicon.js';

const PLACE_NOUN = 'region|regions|province|oblast|city|state|county|district|area|territory|village|town|capital|border|front|peninsula|valley|strip|bank|island|islands|coast';
/** A part of a place before its name: "in the centre of Sumy", "hit the outskirts of Kharkiv". */
const PART_OF_PLACE = 'centre|center|city\\s+centre|city\\s+center|outskirts|suburbs|edge|heart|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest';
const PART_OF = new RegExp(`\\sthe\\s+(?:${PART_OF_PLACE})\\s+of\\s`, 'u');
/** Nouns of an attack whose target follows "on" ("the strike on Sumy"). */
const ATTACK_WORDS = '(?:attacks?|strikes?|assaults?|raids?|offensive|shelling|bombardment|bombing)';
/**
 * A locative preposition, a verb of an event that strikes a place ("an earthquake struck
 * eastern Turkey, killing …") or an attack on one ("killed in the strike on Sumy"), then the place phrase.
 */
const LOCATIVE = new RegExp(
  `\\b(?:[Ii]n|[Nn]ear|[Oo]ff|[Aa]cross|[Tt]hroughout|[Ii]nside|[Aa]round|[Oo]utside|struck|hit|rocked|jolted|battered|pounded|shelled|bombed|ravaged|swept\\s+through|${ATTACK_WORDS}\\s+on)\\s+(?:the\\s+(?:${PART_OF_PLACE})\\s+of\\s+)?((?:the\\s+(?=${COMPASS_WORD}))?(?:${COMPASS_WORD}\\s+)?(?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*){0,3}(?:\\s+(?:${PLACE_NOUN})\\b(?:\\s+of\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)?)?)?)`,
  'gu',
);
const ATTACK_ON = new RegExp(`^${ATTACK_WORDS}\\s`, 'u');
/** "Atlantic City's eight casinos": a possessive name right before the counted phrase. */
const POSSESSIVE = /([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,2})(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const NOT_PLACE = /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Congress|Senate|House|Parliament|Court|Supreme|Democrats?|Republicans?|I|A|An|The|This|That|It|He|She|They|We|Mr|Mrs|Ms|Dr|Christmas|Easter|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/u;

/** The place phrase nearest `span` within `sentence` (document offsets), or null. */
const PLACE_NOUN_INSIDE = new RegExp(`\\b(?:${PLACE_NOUN})\\b`, 'u');

export interface PlaceCandidate extends Span {
  /** From the preposition on, for the scope test. */
  readonly phraseStart: number;
  /** A place entity (not just a place noun): preferred over nearer untyped phrases. */
  readonly typed: boolean;
}

/** Mentions of typed entities, sorted by start, built once per document. */
export function typedMentions(entities: readonly Entity[]): (Span & { place: boolean })[] {
  return entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, place: e.type === 'place' }))).sort((a, b) => a.start - b.start);
}

/** Place phrases of a sentence: a place entity or a phrase ending in a place noun ("the Kursk region"). */
export function placeCandidates(text: string, sentence: Span, mentions: readonly (Span & { place: boolean })[]): PlaceCandidate[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: PlaceCandidate[] = [];
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(slice); m; m = LOCATIVE.exec(slice)) {
    const phrase = m[1]!.replace(/[.'’]+$/u, '').replace(/(?:'s|’s)$/u, '');
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const candidate = { start, end: start + phrase.length };
    if (NOT_PLACE.test(phrase)) continue;
    const typed = findOverlapping(mentions, candidate);
    const isPlaceEntity = typed.some((t) => t.place);
    // A phrase with a place noun counts ("the French capital"); else only a place entity does, or
    // a name no entity type claims that an attack was on ("the strike on Sumy") or that a sea event was off ("sank off Lampedusa")
    // ("the outskirts of Kherson": a name a part of a place is of is a place too)
    if (!isPlaceEntity && !PLACE_NOUN_INSIDE.test(phrase) && !(typed.length === 0 && (ATTACK_ON.test(m[0]) || /^off\s/iu.test(m[0]) || PART_OF.test(m[0])))) continue;
    found.push({ ...withCoordinatedPlace(text, placeNamed(text, candidate, mentions), mentions), phraseStart: sentence.start + m.index, typed: isPlaceEntity });
  }
  // "the Velm floods", "the Ostra earthquake": a name before a disaster is where it struck
  EVENT_PLACE.lastIndex = 0;
  for (let m = EVENT_PLACE.exec(slice); m; m = EVENT_PLACE.exec(slice)) {
    const start = sentence.start + m.index;
    const candidate = { start, end: start + m[1]!.length };
    if (NOT_PLACE.test(m[1]!) || found.some((f) => f.start < candidate.end && candidate.start < f.end)) continue;
    const typed = findOverlapping(mentions, candidate);
    if (typed.length > 0 && !typed.some((t) => t.place)) continue;
    // "Kharkiv strike", "Gazipur collapse": a name before an event any party may cause ("Boeing crash", "Russian strike") only if it is a known place
    // ("Israel strike kills 12": a country before an attack is usually who struck)
    if (!m[2] && (!typed.some((t) => t.place) || nameKind(m[1]!) === 'country')) continue;
    found.push({ ...candidate, phraseStart: start, typed: typed.some((t) => t.place) });
  }
  return found;
}

/** A capitalised name right before a disaster noun: "Velm floods", "the Ostra earthquake" (not "Saturday's shooting": a name with "'s" is not matched). */
const EVENT_PLACE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:(floods?|flooding|earthquakes?|quake|wildfires?|bushfires?|landslides?|mudslides?|cyclone|typhoon|hurricane|tornado|blast|explosion|bombing|shooting)|strikes?|attacks?|shelling|crash|collapse|fire|sinking|stampede)\b/gu;

/** The rest of a headline's label after its place, its colon, and the words before the figure: "Velm floods: ", "Kharkiv strike: at least ". */
const LABEL_REST = /^[\p{L}\s'’-]{0,30}:\s+[\p{L}\p{N}\s,]{0,30}$/u;

/** "Velm floods: 57 dead": a place opening a headline's label, before its colon, is where its figures are. */
const headlineLabel = (text: string, sentence: Span, c: Span, figure: Span): boolean =>
  c.end <= figure.start && /^\s*$/u.test(text.slice(sentence.start, c.start)) && LABEL_REST.test(text.slice(c.end, figure.start));

/** "and Ostland" after a place: one more place named with it. */
const AND_PLACE = /^\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;

/** "in Velmar and Ostland": a toll of both places is of neither alone, so the place is the pair (unless the second name is typed as no place). */
function withCoordinatedPlace(text: string, place: Span, mentions: readonly (Span & { place: boolean })[]): Span {
  const m = AND_PLACE.exec(text.slice(place.end, place.end + 60));
  if (!m) return place;
  const name = m[1]!.replace(/[.'’]+$/u, '');
  const start = place.end + m[0].length - m[1]!.length;
  const second = { start, end: start + name.length };
  // a name the entity finder typed as something else (a person, an organisation) is not the second place
  const typed = findOverlapping(mentions, second);
  return typed.length === 0 || typed.some((t) => t.place) ? { start: place.start, end: second.end } : place;
}

/**
 * The place itself where the phrase only frames its name: "the French Riviera city of Nice" is
 * Nice, and "the Pennsylvania (primary)" is Pennsylvania. "The Kursk region" stays whole, and so
 * does "the Kursk region of Russia".
 */
function placeNamed(text: string, phrase: Span, mentions: readonly (Span & { place: boolean })[]): Span {
  const surface = text.slice(phrase.start, phrase.end);
  // a settlement is named after "of" ("the city of Nice"); a region's "of" names what holds it ("the Kursk region of Russia")
  const of = /\b(?:city|town|village|port|settlement|island)\s+of\s+(?=\p{Lu})/u.exec(surface);
  if (of) return { start: phrase.start + of.index + of[0].length, end: phrase.end };
  const article = /^the\s+/iu.exec(surface);
  if (article && !PLACE_NOUN_INSIDE.test(surface)) {
    const name = { start: phrase.start + article[0].length, end: phrase.end };
    const typed = findOverlapping(mentions, name).find((t) => t.place);
    // only where the entity's own mention leaves the article out ("the Netherlands" keeps it)
    if (typed && typed.start >= name.start) return name;
  }
  return phrase;
}

/** A place entity in the possessive right before the figure ("Atlantic City's eight casinos"). */
function possessivePlace(text: string, span: Span, clause: Span, mentions: readonly (Span & { place: boolean })[]): Span | null {
  const head = text.slice(Math.max(clause.start, span.start - 40), span.start);
  const m = POSSESSIVE.exec(head);
  if (!m) return null;
  const start = span.start - head.length + m.index;
  const name = { start, end: start + m[1]!.length };
  return findOverlapping(mentions, name).some((t) => t.place) ? name : null;
}

/**
 * "The Gaza health ministry said 45 people were killed", "Kell police said": a figure with no place
 * of its own is of the place its source is named after, unless that stands for a state (a country:
 * "the U.S. State Department said three Americans died" may count deaths abroad; a capital's body:
 * "Seoul's intelligence agency") or the source is the place alone ("Kyiv said").
 */
export function speakersPlace(text: string, source: Span | null | undefined, mentions: readonly (Span & { place: boolean })[]): Span | null {
  if (!source) return null;
  // the place alone stands for its government ("Kyiv said", "Moscow claimed"), not where the count is
  const spoken = text.slice(source.start, source.end).replace(/^(?:the)\s+/iu, '').replace(/[\s,]+$/u, '');
  const own = findOverlapping(mentions, source).find((m) => m.place && m.start >= source.start && m.end <= source.end && text.slice(m.start, m.end) !== spoken && !standsForAState(text, m));
  return own ? { start: own.start, end: own.end } : null;
}

/** A country, or a capital owning a body ("Seoul's intelligence agency"): the state, not a place. */
function standsForAState(text: string, m: Span): boolean {
  const name = text.slice(m.start, m.end);
  return nameKind(name) === 'country' || (/^['’]s\b/u.test(text.slice(m.end, m.end + 3)) && countryOfCapital(placeKey(name)) !== undefined);
}

/** The place phrase nearest `span` in its scope (see `inScope`), typed places first, or null. */
export function placeOf(text: string, span: Span, sentence: Span, clause: Span, others: readonly Span[], candidates: readonly PlaceCandidate[], mentions: readonly (Span & { place: boolean })[]): Span | null {
  const possessive = possessivePlace(text, span, clause, mentions);
  if (possessive) return possessive;
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (overlaps(c, span) || !(inScope(text, { start: c.phraseStart, end: c.end }, sentence, clause, span, others) || headlineLabel(text, sentence, c, span))) continue;
    const candidate = { start: c.start, end: c.end };
    // a name no entity type claims is a weaker candidate than a known place, but not than one outside the figure's clause
    // ("300 homes flooded in England, and 150 people were evacuated in Pontypridd")
    const outside = c.start < clause.start || c.end > clause.end;
    const distance = (candidate.start >= span.end ? candidate.start - span.end : span.start - candidate.end) + (c.typed ? 0 : 1000) + (outside ? 2000 : 0);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The candidates for a figure inside a claim's content: those the content names, when it names one
 * ("The UN mission in Ukraine said 35 were killed in the attack on Sumy" is of Sumy); else not one
 * between the cue and the content ("told reporters in Geneva that 8,000 people had crossed": where
 * it was said, not where the figure is).
 */
export function notWhereSaid(candidates: readonly PlaceCandidate[], claim: Claim | undefined, figure: Span): readonly PlaceCandidate[] {
  const fragment = claim?.content.find((c) => c.start <= figure.start && figure.end <= c.end);
  if (!claim || !fragment) return candidates;
  const inside = candidates.filter((c) => c.phraseStart >= fragment.start && c.end <= fragment.end);
  if (inside.length > 0) return inside;
  const cue = claim.cue;
  if (!cue || fragment.start < cue.end) return candidates;
  return candidates.filter((c) => c.phraseStart < cue.start || c.start >= fragment.start);
}
