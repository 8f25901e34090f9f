/**
 * Only the outermost attribution stands as a claim: one whose cue lies inside another claim's
 * content ("X said that Y told him ...") becomes a link in that claim's chain of sources. When
 * the outer content is only a guess that ran to the end of the sentence ("Speaking on radio, X
 * said that ...") and the inner one is firm, the outer content is cut before the inner clause
 * instead and both claims stay.
 */
import type { Span, SourceLink } from '../../model/doc.js';
import { startingUpTo } from '../../model/span.js';
import { followsComma, opensQuote, type Proposal } from './view.js';
import { mediaHeads } from '../../lexicons/cues.js';
import { ASIDE_CLOSING } from './source-aside.js';
import { endsWithAnonymityAside } from './anonymity-clause.js';
import { opensAsClause } from './reporting-verb.js';

export interface Nested extends Proposal {
  readonly chain?: readonly SourceLink[];
}

/** Shapes whose content extent is known for sure: a quotation, a previous sentence, a transcript turn, a "that" clause. */
const FIRM = /^attribution\/(?:passive-by|pull-quote-speaker|unsourced-|according-to|transcript-turn|embedded-post|source-line)/u;
/** A speaker quoting themselves ("I have ordered …" in their own post) is no further source. */
const FIRST_PERSON = /^(?:i|we|me|us)$/iu;

function link(p: Proposal): SourceLink | null {
  if (!p.source) return null;
  return { start: p.source.start, end: p.source.end, ...(p.cue ? { cue: p.cue } : {}) };
}

function firm(text: string, p: Proposal): boolean {
  const c = p.content[0];
  return FIRM.test(p.rule) || (!!c && (/^that\b/iu.test(text.slice(c.start, c.start + 5)) || opensQuote(text, c.start)));
}

/** `content` cut to end before `at`, without trailing commas, dashes or a dangling "and". */
function cutBefore(text: string, content: readonly Span[], at: number): Span[] {
  const out: Span[] = [];
  for (const c of content) {
    if (c.start >= at) continue;
    let end = Math.min(c.end, at);
    for (;;) {
      const before = text.slice(c.start, end);
      const trimmed = before.replace(/(?:[\s,;:—–-]+|\s+(?:and|but|or))$/u, '');
      if (trimmed === before) break;
      end = c.start + trimmed.length;
    }
    if (end > c.start) out.push({ start: c.start, end });
  }
  return out;
}

/**
 * The lexicon's reporting verbs, where the learned tagger saw no cue, are right too rarely to stand
 * as claims (18% of them exactly on PolNeAR train, 32% on dev), but they still find the sources a
 * claim's content names ("X said that the police told him ..."): they are kept only as chain links,
 * unless speaker and verb close the sentence after what they report (trailingSpeaker), open it
 * before a "that" clause (subjectVerbThat), or the speaker is the press reporting (mediaReport).
 */
const linkOnly = (text: string, p: Proposal) => p.rule === 'attribution/reporting-verb' && !trailingSpeaker(text, p) && !subjectVerbThat(text, p) && !mediaReport(text, p) && !asideSubject(text, p) && !(!!p.source && !!p.cue && opensAsClause(text, p.source, p.cue));

/** A speaker phrase closed by an aside right before the verb: "The statement, published on Telegram, claimed", "A nurse who asked not to be named told". */
function asideSubject(text: string, p: Proposal): boolean {
  if (!p.source || !p.cue || p.source.end > p.cue.start || !/^[\s,]*$/u.test(text.slice(p.source.end, p.cue.start))) return false;
  const words = text.slice(Math.max(p.source.start, p.source.end - 120), p.source.end);
  return ASIDE_CLOSING.test(words) || endsWithAnonymityAside(text, p.source);
}

/** "Local media reported explosions": the press reporting, named right before the verb. */
function mediaReport(text: string, p: Proposal): boolean {
  if (!p.source || !p.cue || p.source.end > p.cue.start || !/^report/iu.test(text.slice(p.cue.start, p.cue.end))) return false;
  const head = /[\p{L}]+$/u.exec(text.slice(p.source.start, p.source.end))?.[0].toLowerCase();
  return !!head && mediaHeads.has(head);
}

/** Nothing, or a short setting: "testified | before a grand jury | that". */
const SETTING_GAP = /^\s*(?:(?:before|to|in|on|at|during)\s+[^,.;:"“”]{1,40}?\s+)?$/iu;

/** "told the local paper | that": a verb of telling names its hearer before the clause. */
const TELL = /^(?:told|tells|tell|informed|informs|assured|assures|warned|warns)$/iu;
const HEARER_GAP = /^(?:\s+[\p{L}\p{N}'’.-]+){1,4}\s+$/u;

/**
 * "Prosecutors allege that …", "he believed that …", "testified before a grand jury that …": a
 * speaker, then the verb, then a "that" clause, side by side or with a short setting between, is a
 * claim whatever the tagger saw (PolNeAR dev: cue +3, relation +1; train: cue +9, relation +6,
 * where most of the rest are attributions annotated inside another). So is a sentence that is only
 * a pronoun, "said" and a bare clause ("Earlier it had said 12 officers were injured."), which the
 * tagger sometimes misses after an opening adverb (PolNeAR train: no change).
 */
function subjectVerbThat(text: string, p: Proposal): boolean {
  if (!p.source || !p.cue || p.content.length !== 1) return false;
  const c = p.content[0]!;
  const gap = text.slice(p.cue.end, c.start);
  const settingOrHearer = SETTING_GAP.test(gap) || (TELL.test(text.slice(p.cue.start, p.cue.end)) && HEARER_GAP.test(gap));
  const bare = /^\s+$/u.test(gap) && /^(?:he|she|it|they)$/iu.test(text.slice(p.source.start, p.source.end)) && /^(?:(?:had|has|have)\s+)?(?:said|says|say)$/iu.test(text.slice(p.cue.start, p.cue.end)) && OPENS_SENTENCE.test(text.slice(Math.max(0, p.source.start - 30), p.source.start)) && /^[.!?]/u.test(text.slice(c.end, c.end + 1));
  return p.source.end <= p.cue.start && /^\s*$/u.test(text.slice(p.source.end, p.cue.start)) && c.start >= p.cue.end && settingOrHearer && (bare || /^that\s/iu.test(text.slice(c.start, c.start + 5)));
}

/** Right after a sentence's start, or after one adverb opening it ("Earlier"). */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n)(?:\p{Lu}\p{L}+,?\s+)?$/u;

/** "…, a figure Kyiv denied.": a phrase opening on a noun for what is said is the object of a relative clause, not a speaker. */
const PROPOSITION = /^(?:an?|the|this|that)\s+(?:figure|number|claim|allegation|charge|account|assertion|statement|report|estimate|version|accusation|tally|toll|count)\b/iu;

/**
 * "…, a local union leader claimed on Sunday.": a speaker and a lexicon verb closing the sentence
 * after the clause they report, with at most a few words of time between the verb and the full stop.
 */
function trailingSpeaker(text: string, p: Proposal): boolean {
  if (!p.source || !p.cue || p.content.length !== 1 || PROPOSITION.test(text.slice(p.source.start, p.source.end))) return false;
  const c = p.content[0]!;
  const between = text.slice(c.end, p.source.start);
  // the comma closing what was said may sit inside its quotation ('"…," a clerk said')
  const commaBefore = /^[\s,”"'’]*,\s*$/u.test(between) || (/,["”’']$/u.test(text.slice(c.start, c.end)) && /^\s*$/u.test(between));
  return c.end <= p.source.start && commaBefore && p.source.end <= p.cue.start && /^\s*$/u.test(text.slice(p.source.end, p.cue.start)) && /^(?:\s+[\p{L}\d]+){0,3}\s*[.!?]/u.test(text.slice(p.cue.end, p.cue.end + 60));
}

/** How many content fragments starting before a cue are tried as its container: contents are local, and hostile input must stay linear. */
const CONTAINER_REACH = 64;

/** For each proposal, the first proposal (in list order) whose content holds its cue. */
function containers(text: string, proposals: readonly Proposal[]): (Proposal | undefined)[] {
  // a link-only proposal holds no other claim: it is dropped unless it is a link itself
  const fragments = proposals.flatMap((o, index) => (linkOnly(text, o) ? [] : o.content.map((c) => ({ start: c.start, end: c.end, index })))).sort((a, b) => a.start - b.start);
  return proposals.map((p) => {
    if (!p.cue) return undefined;
    let best = Infinity;
    for (const f of startingUpTo(fragments, p.cue.start, CONTAINER_REACH)) {
      const o = proposals[f.index]!;
      if (f.index < best && o !== p && f.start <= p.cue.start && p.cue.end <= f.end && !(o.cue && o.cue.start === p.cue.start)) best = f.index;
    }
    return proposals[best];
  });
}

/** Whether a content fragment of `o` holds the cue of `q`. */
const holds = (o: Proposal, q: Proposal): boolean => !!q.cue && o.content.some((c) => c.start <= q.cue!.start && q.cue!.end <= c.end);

/** Where an inner claim starts: its source or its cue, whichever comes first. */
const startOf = (q: Proposal) => Math.min(q.source?.start ?? Infinity, q.cue!.start);

/** "X said" or "X told": a speaker and a verb of speech make a claim of its own wherever it stands. */
const SPEECH = /^(?:said|says|told|tells)$/iu;

/**
 * Whether `o` keeps `q`, whose cue lies in o's content, as a link of its chain (q is dropped):
 * when o's content is firm, and when q's is a guess too ("X said she thinks ..."). A firm inner
 * claim inside a guessed content ("Speaking on radio, X said that ...") cuts that content instead,
 * and so does an inner claim that opens a clause after a comma (". . . signaled that it would
 * sell, Mr. Roe said, …") or a speaker's "said" inside a guessed content ("As odd as it may
 * seem, Mr. Roe said …"). A link-only proposal is always kept as a link. PolNeAR annotates no
 * attribution inside another's content: each of these choices was measured on train and dev.
 */
function absorbs(text: string, o: Proposal, q: Proposal): boolean {
  // "…, a figure Kyiv denied": the relative clause is no link of the chain; the content ends before it
  if (linkOnly(text, q)) return !(q.source && PROPOSITION.test(text.slice(q.source.start, q.source.end)));
  // "According to preliminary data, X, Zelensky said.": each content holds the other's cue; the speaker says it on the data's word
  if (holds(o, q) && holds(q, o) && (o.rule === 'attribution/according-to') !== (q.rule === 'attribution/according-to')) return q.rule === 'attribution/according-to' && !!o.source;
  const start = startOf(q);
  // after a comma inside the content, not the comma that ends the outer cue ("Reportedly, X is …"),
  // and not inside a shape whose extent is known (a pull quote: "…, according to the data, …")
  if (!FIRM.test(o.rule) && followsComma(text, start) && o.content.some((c) => c.start < start - 3 && start <= c.end)) return false;
  const speaker = !!q.source && q.source.end <= q.cue!.start && SPEECH.test(text.slice(q.cue!.start, q.cue!.end));
  return firm(text, o) ? true : speaker ? false : !firm(text, q);
}

export function nestClaims(text: string, proposals: readonly Proposal[]): Nested[] {
  const outer = containers(text, proposals);
  const innerOf = new Map<Proposal, Proposal[]>();
  outer.forEach((o, j) => {
    if (o) innerOf.set(o, [...(innerOf.get(o) ?? []), proposals[j]!]);
  });
  const out: Nested[] = [];
  proposals.forEach((p, i) => {
    const o = outer[i];
    if ((o && absorbs(text, o, p)) || linkOnly(text, p)) return;
    const inner = innerOf.get(p) ?? [];
    const folded = inner.filter((q) => absorbs(text, p, q));
    let content = p.content;
    for (const q of inner) if (!folded.includes(q)) content = cutBefore(text, content, startOf(q));
    if (content.length === 0 && p.content.length > 0) content = p.content;
    const head = link(p);
    // an inner claim by the same phrase ("X issued a statement": the statement is X's too) or by "I" adds no link
    const links = folded.map(link).filter((l): l is SourceLink => l !== null && !(head && l.start === head.start && l.end === head.end) && !FIRST_PERSON.test(text.slice(l.start, l.end)));
    out.push({ ...p, content, ...(links.length && head ? { chain: [head, ...links] } : {}) });
  });
  return out;
}
