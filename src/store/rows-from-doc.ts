/**
 * Pure mapping from an analysed doc to table rows. Ids of rows written earlier in the same
 * transaction (entities, claims) come in as maps from the doc's ids.
 */
import type { Claim, Doc, Quantity, SourceLink, Span } from '../model/doc.js';
import { mediaHeads, newsNameWords, newsOutlets } from '../lexicons/cues.js';
import { startingUpTo } from '../model/span.js';
import { categoryKey, placeKey, subjectKey } from '../trail/series-keys.js';
import { PERSONAL_OWNER } from '../pipeline/quantities/owner.js';
import type { Insertable } from 'kysely';
import type { DateTable, FramingTable, NewClaim, NewQuantity } from './schema.js';

const slice = (doc: Doc, span: Span | null | undefined): string | null => (span ? doc.text.slice(span.start, span.end) : null);

export function claimRow(doc: Doc, claim: Claim, articleId: number, entityIds: ReadonlyMap<string, number>): NewClaim {
  const spans = [claim.cue, claim.source, ...claim.content].filter((s): s is Span => s !== null);
  const origin = relayedOrigin(doc, claim);
  return {
    article_id: articleId,
    doc_id: claim.id,
    kind: claim.kind,
    evidence: claim.evidence,
    // a relative source ("who") is stored as the phrase it stands for, which is what a reader looks for
    source_text: slice(doc, claim.source?.antecedent ?? claim.source),
    source_entity_id: claim.source?.entity ? (entityIds.get(claim.source.entity) ?? null) : null,
    origin_text: slice(doc, origin),
    origin_entity_id: origin?.entity ? (entityIds.get(origin.entity) ?? null) : null,
    anonymous: claim.source?.anonymous ?? false,
    cue_text: slice(doc, claim.cue),
    content_text: claim.content.map((s) => doc.text.slice(s.start, s.end)).join(' … '),
    unsourced: claim.unsourced,
    status: JSON.stringify(claim.status),
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}

/**
 * For a claim a news outlet relays with a source of its own ("…, Reuters reported, citing the
 * coast guard"; "according to AP, which cited police"), that source: the last link of its chain.
 * A person citing data stays the source ("Zelensky said, citing preliminary data"): only an
 * outlet is a relay.
 */
function relayedOrigin(doc: Doc, claim: Claim): SourceLink | null {
  const chain = claim.chain;
  if (!claim.source || !chain || chain.length < 2) return null;
  const words = doc.text.slice(claim.source.start, claim.source.end).toLowerCase().replace(/[^\p{L}\p{N}\s-]+/gu, ' ').trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  // "the Associated Press" is listed without its article
  const outlet = newsOutlets.has(words.filter((w) => w !== 'the').join(' ')) || mediaHeads.has(last) || newsNameWords.has(last);
  return outlet ? chain[chain.length - 1]! : null;
}

/** The sentence holding `offset`, else the span itself (a figure in a headline has no sentence). */
export function sentenceAround(doc: Doc, span: Span): Span {
  return doc.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
}

/**
 * The date the figure's time phrase resolved to ("on December 23" → 2024-12-23), else null (the
 * trail then dates it by publication). "Nine have died since Friday" counts up to the report, so
 * a period's start dates nothing.
 */
export function refersTo(doc: Doc, q: Quantity): string | null {
  if (!q.time) return null;
  const time = q.time;
  if (/^since\b/iu.test(doc.text.slice(time.start, time.end)) || /\bsince\s+(?:mid-?|early\s+|late\s+)?$/iu.test(doc.text.slice(Math.max(0, time.start - 12), time.start))) return null;
  return doc.dates.find((d) => d.start < time.end && time.start < d.end)?.date ?? null;
}

/**
 * An owner as a reader names it and as the trail keys it: a person's full name, keyed by the
 * surname ("President Erik Hale" here and "Hale" elsewhere are one candidate), another entity's
 * name, else the phrase.
 */
function ownerName(doc: Doc, people: readonly PersonMention[], span: Span | undefined): { name: string; key: string } | null {
  if (!span) return null;
  // mentions are sorted by start: those inside the owner phrase start in it ("President Erik Hale")
  const inside = startingUpTo(people, span.end - 1, OWNER_MENTIONS).find((m) => m.start >= span.start && m.end <= span.end);
  const phrase = doc.text.slice(span.start, span.end);
  const pronoun = PERSONAL_OWNER.test(phrase);
  // "saying she had won 51%": the person named last before the pronoun, near it; else no owner (a pronoun alone keys nothing)
  const named = inside ?? (pronoun ? startingUpTo(people, span.start - 1, OWNER_MENTIONS).filter((m) => m.end <= span.start && span.start - m.end <= PRONOUN_REACH).at(-1) : undefined);
  if (named) return { name: named.name, key: named.name.split(/\s+/u).at(-1)! };
  if (pronoun) return null;
  return { name: phrase, key: phrase };
}

interface PersonMention extends Span {
  readonly name: string;
}
/** How far before a pronoun owner the person it stands for may be named: the sentence before it at most. */
const PRONOUN_REACH = 300;
/** How many mentions starting before an owner phrase ends are tried: a phrase holds one or two names. */
const OWNER_MENTIONS = 4;

/** Name mentions of people, sorted by start, each with its entity's name. */
function personMentions(doc: Doc): PersonMention[] {
  return doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => ({ start: m.start, end: m.end, name: e.name }))).sort((a, b) => a.start - b.start);
}

/**
 * One row per figure: a repeat of one stated earlier in the same article adds none. The figure
 * is stored as its first attributed mention (a headline's "12 killed" as "12 people were killed
 * in Dnipro on Saturday, the governor said" below it), else its first; where that mention lacks
 * a subject, place or time, the first other mention that gives one fills it in.
 */
export function quantityRows(doc: Doc, articleId: number, claimIds: ReadonlyMap<string, number>): NewQuantity[] {
  const repeats = new Map<string, Quantity[]>();
  for (const q of doc.quantities) {
    if (!q.repeats) continue;
    const group = repeats.get(q.repeats);
    if (group) group.push(q);
    else repeats.set(q.repeats, [q]);
  }
  const people = personMentions(doc);
  return doc.quantities.filter((q) => !q.repeats).map((q) => quantityRow(doc, [q, ...(repeats.get(q.id) ?? [])], articleId, claimIds, people));
}

/** "men" as the whole of what a side lost ("lost 3,800 men"); elsewhere men are a part of the counted, as women are. */
const OWNED_MEN = /^men$/iu;

function quantityRow(doc: Doc, mentions: readonly [Quantity, ...Quantity[]], articleId: number, claimIds: ReadonlyMap<string, number>, people: readonly PersonMention[]): NewQuantity {
  const q = mentions.find((m) => m.claim) ?? mentions[0];
  const first = <K extends 'claim' | 'subject' | 'owner' | 'place' | 'time'>(key: K): Quantity | undefined => (q[key] ? q : mentions.find((m) => m[key]));
  const sentence = sentenceAround(doc, q);
  // whose: "Russia lost 1,230 soldiers" and "Ukraine lost 400 soldiers" measure two sides, "Hale won 52%" one candidate
  const owner = ownerName(doc, people, first('owner')?.owner);
  const counted = slice(doc, first('subject')?.subject);
  const subject = owner ? (counted ? `${counted} (${owner.name})` : owner.name) : counted;
  const place = slice(doc, first('place')?.place);
  const claim = first('claim')?.claim;
  const timed = first('time');
  return {
    article_id: articleId,
    doc_id: q.id,
    claim_id: claim ? (claimIds.get(claim) ?? null) : null,
    surface: doc.text.slice(q.start, q.end),
    value: finite(q.value),
    lower: finite(q.lower),
    upper: finite(q.upper),
    lower_inclusive: q.lowerInclusive,
    upper_inclusive: q.upperInclusive,
    bound: q.bound,
    approximate: q.approximate,
    unit: q.unit ?? null,
    change: q.change,
    categories: JSON.stringify(q.categories),
    subject_text: subject,
    place_text: place,
    figure_source: slice(doc, q.source),
    category_key: categoryKey(q.categories),
    // a side's "3,800 men" are its soldiers: beside an owner, "men" says no more than "soldiers"
    subject_key: subjectKey(owner ? `${owner.key} ${(counted ?? '').replace(OWNED_MEN, '')}` : subject),
    place_key: placeKey(place),
    refers_to: timed ? refersTo(doc, timed) : null,
    // a hedge or a confirmation on any mention holds for the figure ("44 confirmed dead" above the body's 44)
    status: JSON.stringify([...new Set(mentions.flatMap((m) => m.status))]),
    sentence_start: sentence.start,
    sentence_end: sentence.end,
    sentence_text: doc.text.slice(sentence.start, sentence.end),
    start: q.start,
    end: q.end,
  };
}

// A figure like 10^400 parses to Infinity, which double precision columns reject in JSON params.
const finite = (n: number | null): number | null => (n !== null && Number.isFinite(n) ? n : null);

export function dateRows(doc: Doc, articleId: number): Insertable<DateTable>[] {
  return doc.dates.map((d) => ({
    article_id: articleId,
    doc_id: d.id,
    date: d.date,
    end_date: d.end_date ?? null,
    precision: d.precision,
    start: d.start,
    end: d.end,
  }));
}

export function framingRows(doc: Doc, articleId: number): Insertable<FramingTable>[] {
  return doc.framing.map((f) => ({ article_id: articleId, term: f.term, neutral: f.neutral, start: f.start, end: f.end }));
}
