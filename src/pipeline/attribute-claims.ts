import type { Claim, Doc, Evidence, SourceLink, Span } from '../model/doc.js';
import { findOverlapping, firstStartingAt } from '../model/span.js';
import { accordingTo } from './attribution/according-to.js';
import { inSurvey } from './attribution/in-survey.js';
import { nestClaims } from './attribution/nest-claims.js';
import { passiveBy } from './attribution/passive-by.js';
import { quotedAsSaying } from './attribution/quoted-as-saying.js';
import { pullQuote } from './attribution/pull-quote.js';
import { reportingVerb } from './attribution/reporting-verb.js';
import { mentionIndex, resolveSource } from './attribution/resolve-source.js';
import { unsourced } from './attribution/unsourced.js';
import { colon, isPlaceLabel } from './attribution/colon.js';
import { sourceLine } from './attribution/source-line.js';
import { transcriptTurn } from './attribution/transcript-turn.js';
import { dashSignature } from './attribution/dash-signature.js';
import { learnedCue } from './attribution/learned-cue.js';
import { figureVerb } from './attribution/figure-verb.js';
import { buildView, type Proposal, type View } from './attribution/view.js';
import { isGerundCue, placeRoles } from './attribution/place-roles.js';
import { withoutBullets, withWholeQuoteMarks } from './attribution/content-span.js';
import { isAnonymityClause } from './attribution/anonymity-clause.js';
import { withQuotesToTheirSpeakers } from './attribution/quote-owner.js';
import { isImperative } from './attribution/imperative.js';
import { reportedByLinks } from './attribution/reported-by.js';
import { briefedBy, citedBy, withCitationsApart } from './attribution/cited-sources.js';
import { oneWordTitleHeads } from '../lexicons/titles.js';

/** Rule shapes in priority order: an earlier shape's cue wins over a later one's overlapping cue. */
const SHAPES: readonly ((view: View, sentence: number) => Proposal[])[] = [unsourced, accordingTo, inSurvey, passiveBy, quotedAsSaying, pullQuote, transcriptTurn, sourceLine, colon, dashSignature, figureVerb, learnedCue, reportingVerb];

/**
 * "“…,” said Roe, referring to a report": a gerund's speaker is its main clause's. Where the
 * gerund was given none, or a phrase of what is reported (its own content, or the claim's before
 * it: "Roe denied that 40 people died, suggesting …"), it takes the source of the claim before it
 * in the sentence.
 */
function withClauseSpeakers(text: string, placed: readonly Proposal[]): Proposal[] {
  return placed.map((p, i) => {
    if (!p.cue || p.unsourced || !isGerundCue(text, p.cue)) return p;
    const before = placed.slice(0, i);
    const reported = (q: Proposal) => q.content.some((c) => overlaps(c, p.source));
    if (p.source && !reported(p) && !before.some(reported)) return p;
    const main = before.reverse().find((q) => q.source && q.cue && q.cue.end <= p.cue!.start);
    return main ? { ...p, source: main.source } : p;
  });
}

const overlaps = (a: Span | null, b: Span | null) => !!a && !!b && a.start < b.end && b.start < a.end;

/**
 * Claims with their cue, source and content: each rule shape proposes per sentence, overlapping
 * cues are settled by shape priority, nested attributions fold into their outer claim's chain, and
 * sources are linked to entities.
 * @example attributeClaims(doc) // [{ kind: 'indirect', cue: {…"said"}, source: {…"the minister"}, … }]
 */
export function attributeClaims(doc: Doc): Claim[] {
  const view = buildView(doc);
  const proposals: Proposal[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const [first, last] = view.sentenceTokens[s]!;
    if (last < first) continue;
    const taken: Proposal[] = [];
    for (const shape of SHAPES) {
      for (const p of shape(view, s)) {
        if (p.cue && taken.some((q) => overlaps(q.cue, p.cue) || overlaps(q.source, p.cue))) continue;
        taken.push(p);
      }
    }
    const placed = taken.map((p) => withoutBullets(view.text, withWholeQuoteMarks(view.text, placeRoles(view, first, last, p)))).filter((p) => !isAnonymityClause(view.text, p) && !isImperative(view, first, p) && !isPlaceLabel(view, p) && !isQuestionHeading(view, p) && !isSettingOfNounCue(view, p) && !isOnlyATime(view.text, p)).sort((a, b) => (a.cue ?? a.content[0]!).start - (b.cue ?? b.content[0]!).start);
    proposals.push(...withClauseSpeakers(view.text, withQuotesToTheirSpeakers(view.text, placed)));
  }
  const mentions = mentionIndex(doc.entities);
  const nested = nestClaims(view.text, proposals);
  let previous: Claim['source'] = null;
  const people = new Set(doc.entities.filter((e) => e.type === 'person').map((e) => e.id));
  return nested.map((claim, i) => {
    const [p, cited] = withCitationsApart(view.text, claim);
    const source = p.source ? withSpeakerBefore(view.text, resolveSource(view.text, p.source, mentions, view.tokens), previous, people) : null;
    if (source) previous = source;
    // a cue with nobody named or described before or after it ("it seems that") is unsourced too
    const unsourced = p.unsourced || (source === null && p.kind !== 'pull-quote');
    const evidence: Evidence = unsourced ? 'unsourced' : source?.anonymous ? 'anonymous' : p.kind === 'according-to' ? 'according-to' : p.kind === 'indirect' ? 'indirect' : 'direct';
    const sentence = p.cue ? findOverlapping(doc.sentences, p.cue)[0] : undefined;
    const within = (m: Span) => p.content.some((c) => c.start <= m.start && m.end <= c.end) || (!!sentence && sentence.start <= m.start && m.end <= sentence.end);
    const status = [...new Set(doc.statusMarkers.filter(within).map((m) => m.status))];
    const chain = withReportedSources(p, source, [...reportedByLinks(view.tokens, p.content), ...cited, ...citedBy(doc, nested, i), ...briefedBy(doc, p)], view.text, mentions, view.tokens);
    return {
      id: `c${i}`,
      kind: p.kind,
      evidence,
      cue: p.cue,
      source,
      content: p.content,
      unsourced,
      status,
      ...(chain ? { chain } : {}),
      rule: p.rule,
    } satisfies Claim;
  });
}

/** "What officials say", "How witnesses describe it": a section heading whose only content is its question word reports nothing. */
const isQuestionHeading = (view: View, p: Proposal): boolean =>
  p.content.length === 1 && /^(?:what|how|why|who|where|when)$/iu.test(view.text.slice(p.content[0]!.start, p.content[0]!.end)) && view.headings.some((h) => h.start <= p.content[0]!.start && p.content[0]!.end <= h.end);

/**
 * "In a statement on Telegram, the ministry said …": a noun cue with no source whose only content is
 * a prepositional phrase ("on Telegram") is the setting of the verb cue that follows, not a claim.
 */
function isSettingOfNounCue(view: View, p: Proposal): boolean {
  if (p.source || !p.cue || p.content.length !== 1) return false;
  const cue = view.tokens[firstStartingAt(view.tokens, p.cue.start)];
  const c = p.content[0]!;
  if (cue?.pos !== 'NOUN' || !/^(?:on|in|at|via|through|to|from|during)\s/iu.test(view.text.slice(c.start, c.end))) return false;
  for (let k = firstStartingAt(view.tokens, c.start); k < view.tokens.length && view.tokens[k]!.end <= c.end; k++) if (/^(?:VERB|AUX)$/u.test(view.tokens[k]!.pos)) return false;
  return true;
}

/** Words that name a time: "month", "Monday", "August", "yesterday". */
const TIME_NAMES = String.raw`week|weekend|month|year|days?|weeks|months|years|morning|afternoon|evening|night|hours?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight`;
/** A phrase of time words only: "earlier this month", "on Monday", "last week", "two days ago". */
const TIME_PHRASE = new RegExp(String.raw`^(?:(?:earlier|later|last|this|next|on|in|at|during|over|the|past|ago|recently|previously|early|late|\d+|one|two|three|four|five|six|seven|${TIME_NAMES})\b[\s,.]*)+$`, 'iu');
/** An adverbial of time opens so ("earlier this month", "on Monday"); "this" or "last August" alone may be what was said. */
const TIME_OPENING = /^(?:earlier|later|on|in|at|during|over|recently|previously|yesterday|today|tonight)\b/iu;
const TIME_NAME = new RegExp(String.raw`\b(?:${TIME_NAMES})\b`, 'iu');

/** "Ukraine's figure of 3,800 announced earlier this month": a cue whose only content is a time phrase reports nothing. */
const isOnlyATime = (text: string, p: Proposal): boolean => {
  const words = p.content.length === 1 ? text.slice(p.content[0]!.start, p.content[0]!.end) : '';
  return TIME_PHRASE.test(words) && TIME_OPENING.test(words) && TIME_NAME.test(words);
};

/** "he", "she" or "it" stands for the speaker of the claim before only this close: a paragraph or two. */
const SPEAKER_REACH = 400;
const PERSONAL = /^(?:he|she|it)$/iu;
const TITLE_HEADS: ReadonlySet<string> = new Set(oneWordTitleHeads);

/**
 * '…, the mayor told local radio. "We are devastated," she said.', "AFAD said 44 died. It had earlier
 * put the toll at 38.": a pronoun that no named person or body before it stands for is the speaker
 * of the claim before, when that one is single ("the mayor", not "officials"); it takes that
 * speaker's phrase as its antecedent.
 */
function withSpeakerBefore(text: string, source: NonNullable<Claim['source']>, previous: Claim['source'], people: ReadonlySet<string>): NonNullable<Claim['source']> {
  const pronoun = text.slice(source.start, source.end).trim();
  if (source.entity || source.antecedent || !previous || !PERSONAL.test(pronoun) || source.start - previous.end > SPEAKER_REACH || source.start < previous.end) return source;
  const phrase = previous.antecedent ?? previous;
  const words = text.slice(phrase.start, phrase.end).trim();
  const head = words.split(/\s+/u).at(-1)!.toLowerCase();
  // "it" stands for a body, never for a person ("the mayor", a named one, one with a title)
  if (/^it$/iu.test(pronoun) && ((previous.entity && people.has(previous.entity)) || TITLE_HEADS.has(head))) return source;
  // one person described: no pronoun, no plural head, no list
  if (PERSONAL.test(words) || /^(?:they|it|we|i|you|who|which)$/iu.test(words) || /(?:[^s]s|\band\b.*)$/iu.test(words) || /^(?:police|people|staff|officials)$/u.test(head)) return source;
  return { ...source, antecedent: { start: phrase.start, end: phrase.end }, ...(previous.entity ? { entity: previous.entity } : {}), ...(previous.anonymous ? { anonymous: previous.anonymous } : {}) };
}

/** The claim's chain: the nested claims folded into it, then sources its content says the speaker heard from; each link resolved to an entity where it names one. */
function withReportedSources(p: ReturnType<typeof nestClaims>[number], source: Claim['source'], reported: SourceLink[], text: string, mentions: ReturnType<typeof mentionIndex>, tokens: Doc['tokens']): readonly SourceLink[] | undefined {
  const nested = 'chain' in p && p.chain ? p.chain : undefined;
  const head: SourceLink | undefined = nested?.[0] ?? (source && reported.length > 0 ? { start: source.start, end: source.end, ...(p.cue ? { cue: p.cue } : {}) } : undefined);
  if (!head) return undefined;
  return [head, ...(nested?.slice(1) ?? []), ...reported].map((link) => linkEntity(link, text, mentions, tokens));
}

/**
 * A chain link with its entity. "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr
 * Syrskyi": the phrase grows over the entity's title and name mentions that run on from it.
 */
function linkEntity(link: SourceLink, text: string, mentions: ReturnType<typeof mentionIndex>, tokens: Doc['tokens']): SourceLink {
  const entity = link.entity ?? resolveSource(text, link, mentions, tokens).entity;
  if (!entity) return link;
  let end = link.end;
  // mentions are sorted by start: only those from the link's start on can run on from it
  for (let k = firstStartingAt(mentions, link.start); k < mentions.length && mentions[k]!.start <= end + 1; k++) {
    const m = mentions[k]!;
    if (m.entity === entity && /^\s*$/u.test(text.slice(end, m.start))) end = Math.max(end, m.end);
  }
  return { ...link, end, entity };
}
