/**
 * Second opinion on a rule's source and content: the learned role tagger (role-tagger.ts) reads
 * the cue's sentence; its source replaces the rule's (whole noun phrases, measured better on dev)
 * and its content fills in where the rules found none (bare learned cues) or started elsewhere.
 * Then the final shape: cues that name nobody (raising "seems to", an agentless passive "was
 * revealed", "known as", "reportedly") lose their source and their subject joins the content; a
 * participle opening the sentence takes the main clause's subject; a relative word before the
 * source joins the content, and so do the words before a cue clause set off by commas.
 */
import type { Span } from '../../model/doc.js';
import { firstStartingAt, overlaps, spanAround } from '../../model/span.js';
import { agentBy } from './passive-by.js';
import { tagRoles } from './role-tagger.js';
import { endsWithAnonymityAside } from './anonymity-clause.js';
import { isPossessive, phraseEndingAt, phraseStartingAt } from './source-phrase.js';
import { followsComma, opensQuote, quoteAround, type Proposal, type View } from './view.js';

/** Token range [a, b] of `cue` within sentence [first, last], or null. */
function cueTokens(view: View, first: number, last: number, cue: Span): [number, number] | null {
  let a = -1, b = -1;
  for (let i = first; i <= last; i++) {
    const t = view.tokens[i]!;
    if (t.start >= cue.end) break;
    if (t.start >= cue.start && t.end <= cue.end) {
      if (a < 0) a = i;
      b = i;
    }
  }
  return a < 0 ? null : [a, b];
}

/**
 * A plain (unquoted) content after the cue where the tagger starts it elsewhere: the rule kept a
 * hearer or a setting ("told CNN on Friday that ..."), or lost the clause's subject. Measured on
 * train and dev: the tagger is right about three times as often in that case.
 */
function preferTagged(view: View, p: Proposal, tagged: readonly Span[]): boolean {
  const rule = p.content;
  if (isAgentPhrase(view, p) && tagged.length > 0) return true;
  if (rule.length !== 1 || tagged.length !== 1 || !p.cue || p.kind !== 'indirect') return false;
  const [c, t] = [rule[0]!, tagged[0]!];
  // a content opening on a wh-word ("how ...", "whether ...") is placed for sure
  if (/^(?:whether|how|why|what|when|where|if)\b/iu.test(view.text.slice(c.start, c.start + 8))) return false;
  if (!(c.start > p.cue.start && t.start > p.cue.start && !opensQuote(view.text, c.start) && t.start !== c.start && t.end <= c.end)) return false;
  // what the tagger leaves out at the start is a hearer or a setting, so it names someone or something ("told CNN on Friday | that"),
  // never a bare word of the content's own phrase ("said at | least 14 …")
  // ...but a setting between the cue and the rule's "that" is the cue clause's ("said in his nightly address | that")
  if (t.start < c.start) return !(/^that\b/iu.test(view.text.slice(c.start, c.start + 5)) && /^\s*(?:in|on|at|during)\s/iu.test(view.text.slice(p.cue.end, c.start)));
  for (let k = firstStartingAt(view.tokens, c.start); k < view.tokens.length && view.tokens[k]!.end <= t.start; k++) if (NOMINAL.test(view.tokens[k]!.pos)) return true;
  return false;
}

const NOMINAL = /^(?:NOUN|PROPN|PRON|NUM)$/u;

/** Whether the text [start, end) holds a finite verb, so is a clause ("will rise next year"), not a phrase ("the chairman, for example"). */
function hasFiniteVerb(view: View, start: number, end: number): boolean {
  for (let k = firstStartingAt(view.tokens, start); k < view.tokens.length && view.tokens[k]!.end <= end; k++) {
    const t = view.tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/iu.test(t.text))) return true;
  }
  return false;
}

/**
 * "Trump was introduced | by Christie": what follows a passive cue is its agent, not what is
 * reported; the reported thing is the subject, which the tagger finds before the cue.
 */
function isAgentPhrase(view: View, p: Proposal): boolean {
  if (!p.cue || p.content.length !== 1) return false;
  const c = p.content[0]!;
  return c.start >= p.cue.end && /^\s*$/u.test(view.text.slice(p.cue.end, c.start)) && /^by\s/iu.test(view.text.slice(c.start, c.start + 3));
}

export const isGerundCue = (text: string, cue: Span): boolean => /^\p{L}+ing\b/u.test(text.slice(cue.start, cue.end)) && followsComma(text, cue.start);

const LAYOUT_RULES: ReadonlySet<string> = new Set(['attribution/transcript-turn', 'attribution/embedded-post', 'attribution/source-line', 'attribution/headline-signature']);

export function placeRoles(view: View, first: number, last: number, p: Proposal): Proposal {
  // an unsourced frame ("it is said") has no source by design; a transcript turn's, a signed post's or a source line's roles are their layout
  if (!p.cue || p.unsourced || LAYOUT_RULES.has(p.rule)) return p;
  const range = cueTokens(view, first, last, p.cue);
  if (!range) return p;
  const r = tagRoles(view, first, last, range[0], range[1]);
  // the rules' content wins where they found one (measured on dev: the tagger's is no better there)
  const content = p.content.length === 0 && r.content.length ? r.content : preferTagged(view, p, r.content) ? r.content : p.content;
  // the evidence shape follows the content: a quotation is a direct quote
  const quoted = content.some((c) => opensQuote(view.text, c.start));
  const kind = p.kind === 'direct-quote' || p.kind === 'indirect' ? (quoted ? 'direct-quote' : 'indirect') : p.kind;
  // "According to X, ...": the rule reads X up to the comma; the tagger's guess is no better there.
  // "Trump defended the tweets, saying ...": a gerund's source is the subject the rule found, not the nearest noun
  // "The governor later raised the toll to 47": the subject the figure rule read is whole, the tagger's ran on
  // "a firefighter who asked not to be named told": the rule read the speaker over an anonymity aside, which the tagger cuts
  const ruleKeeps = p.kind === 'according-to' || p.rule === 'attribution/figure-verb' || p.rule === 'attribution/passive-by' || isGerundCue(view.text, p.cue) || (!!p.source && endsWithAnonymityAside(view.text, p.source));
  // "It seems that ...": the rule dropped a dummy subject; the tagger's lone "it" does not bring it back
  const dummy = !p.source && isDummy(view, r.source);
  // "X died, say rescuers", "Prices will rise, said the governor": the rule read the speaker after the cue; a tagged
  // "source" before it that holds the content, or is the subject of a content clause, is the content
  const inverted = !!p.source && !!r.source && p.source.start >= p.cue.end && r.source.end <= p.cue.start && content.some((c) => (r.source!.start <= c.start && c.end <= r.source!.end) || (r.source!.start === c.start && r.source!.end < c.end && hasFiniteVerb(view, r.source!.end, c.end)));
  const tagged = inverted ? null : r.source;
  const source = withSpeakerRole(view, first, withWholeSubject(view, first, range[0], withWholeRelative(view.text, outsideRelativeClause(view, first, trimmedSource(view.text, (ruleKeeps && p.source) || dummy ? p.source : tagged ?? p.source ?? participleSubject(view, first, last, range)), p.cue), p.cue)));
  const raised = raisedSubject(view, first, range, content);
  if (raised) return { ...p, kind, source: null, content: [raised, ...content] };
  // "It was revealed that …", "Roe was named the winner", "Roe seemed tired", "Roe is reportedly
  // leaving": these cues name nobody, and their subject is part of what is reported ("Roe … tired")
  const speakerless = isAgentlessPassive(view, range) || isReducedPassive(view, range) ? 'passive' : SUBJECT_REPORTED.test(view.text.slice(p.cue.start, p.cue.end)) ? 'reported' : null;
  if (speakerless) {
    // "Roe was asked a question": the subject of a passive verb of addressing is the hearer, not what is reported
    const subject = ADDRESSED.test(view.tokens[range[1]]!.text) ? null : subjectBefore(view, source, range[0], content);
    // a passive with no content found reports the rest of its sentence ("Explosions reported | in Belgorod"; train relation +3)
    const rest = speakerless === 'reported' ? runFrom(view, range[1] + 1, last, content) : content.length === 0 && range[1] < last ? [lineRest(view, range[1] + 1, last)] : content;
    return { ...p, kind, source: null, content: subject && rest.length ? [subject, ...rest] : rest };
  }
  // "X, the spokesman of the group Viktor Roe said": a fragment the tagger took for content inside the source is the source's
  const apart = withoutWritersContrast(view.text, p.cue, source ? content.filter((c) => !overlaps(c, source)) : content);
  const relative = inRelativeClause(view, first, last, afterObjectAnd(view, first, last, source, p.cue), apart.length > 0 ? apart : content);
  return { ...p, kind, source: relative.source, content: withLeadIn(view, first, p.cue, relative.source, withoutTrailingAdverbial(view, p.cue, relative.content)) };
}

/** Words that open the writer's adverbial after an object phrase: a time or reason clause, a setting (lower case: a headline's "When" is a word of its title). */
const ADVERBIAL_OPENER = /^(?:since|when|while|because|although|during|despite|whereas)$/u;
/** These open one only with a clause ("before he was shot"); with a noun phrase they may modify the object ("her work after the attacks"). */
const CLAUSE_OPENER = /^(?:after|before|until)$/u;
/** "the morning after", "the moments before", "an era when": a time noun the word belongs to. */
const TIME_HEAD = /^(?:morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|time|times|moment|moments|era|period|hours?)$/iu;

/** Whether a verb comes within a few words from token `k` (before `end` or a comma): "before he was shot". */
function opensClause(tokens: View['tokens'], k: number, end: number): boolean {
  for (let n = k; n < tokens.length && n < k + 6 && tokens[n]!.end <= end && tokens[n]!.text !== ','; n++) if (tokens[n]!.pos === 'VERB' || tokens[n]!.pos === 'AUX') return true;
  return false;
}

/**
 * "has not mentioned Machado since the Monday night debate", "described Obama as an evangelist
 * when he ran in 2008": an object phrase right after the cue ends before an adverbial clause or
 * setting the writer adds (no verb of the content's own comes before it, so it is not a clause
 * that holds one). Measured on PolNeAR train: a relative ", which" after the object is as often
 * the source's as the writer's, so it stays.
 */
function withoutTrailingAdverbial(view: View, cue: Span, content: readonly Span[]): readonly Span[] {
  const { text, tokens } = view;
  const last = content.at(-1);
  if (!last || last.start < cue.end || !/^\s*$/u.test(text.slice(cue.end, last.start)) || opensQuote(text, last.start)) return content;
  const from = firstStartingAt(tokens, last.start);
  for (let k = from; k < tokens.length && tokens[k]!.end <= last.end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^(?:that|whether|if|to)$/iu.test(t.text)) return content;
    const before = tokens[k - 1];
    const adverbial = k > from && /^(?:NOUN|PROPN)$/u.test(before!.pos) && !TIME_HEAD.test(before!.text) && (ADVERBIAL_OPENER.test(t.text) || (CLAUSE_OPENER.test(t.text) && opensClause(tokens, k + 1, last.end)));
    if (adverbial && !/^when\s+it\s+comes\b/iu.test(text.slice(t.start, t.start + 16)) && !quoteAround(view, t.start)) return [...content.slice(0, -1), { start: last.start, end: tokens[k - 1]!.end }];
  }
  return content;
}

/**
 * "The difference now, he told me, is that …": a cue clause set off by commas inside the
 * sentence splits what is reported, and the words before it are its first fragment.
 */
function withLeadIn(view: View, first: number, cue: Span, source: Span | null, content: readonly Span[]): readonly Span[] {
  const { text, tokens } = view;
  if (content.length !== 1) return content;
  const clauseStart = Math.min(cue.start, source?.start ?? cue.start);
  const clauseEnd = Math.max(cue.end, source?.end ?? cue.end);
  const after = content[0]!;
  if (after.start < clauseEnd || opensQuote(text, after.start) || !/^[^,.;:!?]*,\s*$/u.test(text.slice(clauseEnd, after.start))) return content;
  // "After the vote, Roe said, …", "Asked about it, Roe said, …": an introductory phrase is the writer's, not a fragment
  if (/^(?:ADP|SCONJ|VERB)$/u.test(tokens[first]!.pos)) return content;
  const start = tokens[first]!.start;
  const lead = text.slice(start, clauseStart).replace(/,\s*$/u, '');
  // a lead-in holding a quotation or a comma is a clause of its own, perhaps another claim's
  if (lead.length === 0 || lead.length === clauseStart - start || /[,"“”]/u.test(lead)) return content;
  return [{ start, end: start + lead.length }, after];
}

/**
 * Cues whose subject is what is reported, whatever follows them: a raising verb ("seems tired"; with
 * "to", raisedSubject places it), a naming participle ("known as"), a hearsay adverb ("reportedly").
 * PolNeAR's train split gives the seem/appear cues no source 185 times out of 200.
 */
const SUBJECT_REPORTED = /(?:^|\s)(?:seems?|seemed|appears?|appeared|known\s+(?:as|for)|referred\s+to\s+as|titled|entitled|nicknamed)$|^(?:reportedly|allegedly|purportedly|supposedly)$/iu;

/**
 * The source without what is not the speaker's at its edges: "Local officials, speaking on condition
 * of anonymity, said": a comma closing a source with no other comma in it (an appositive's closing
 * comma, "Roe, the mayor,", stays); "⚡️ Officials said": a post's emoji, bullet or dash before it.
 */
function trimmedSource(text: string, tagged: Span | null): Span | null {
  const source = withWholeHyphenated(text, tagged);
  if (!source) return source;
  const phrase = text.slice(source.start, source.end);
  // "⚡️ Explosions": a post's emoji or bullet before the phrase is no part of it
  // "Late last night police said": a time phrase before the speaker is no part of the source either
  const lead = (/^[^\p{L}\p{N}"“‘'(]+(?=[\p{L}\p{N}"“‘'(])/u.exec(phrase) ?? TIME_LEAD.exec(phrase))?.[0].length ?? 0;
  const start = source.start + lead;
  return /^[^,]+,$/u.test(phrase) ? { start, end: source.start + phrase.replace(/\s*,$/u, '').length } : lead ? { start, end: source.end } : source;
}

const TIME_LEAD = /^(?:(?:late|early|earlier|later|last|this|next|in|on|during|the|that|same|previous)\s+){1,4}(?:week|weekend|month|year|day|morning|afternoon|evening|night)\s+(?=\p{L})/iu;

const HYPHENATED_BEFORE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-$/u;
const HYPHENATED_AFTER = /^(?:-[\p{L}\p{N}]+)+/u;

/** "rights group OVD-Info said": the tagger may start or end a source inside a hyphenated word; the source holds the whole word. */
function withWholeHyphenated(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const before = HYPHENATED_BEFORE.exec(text.slice(Math.max(0, source.start - 40), source.start))?.[0].length ?? 0;
  const after = HYPHENATED_AFTER.exec(text.slice(source.end, source.end + 40))?.[0].length ?? 0;
  return before || after ? { start: source.start - before, end: source.end + after } : source;
}

/**
 * "A resident, who did not want to be named, said", "The indictment, unsealed on Thursday, says":
 * a source that stops inside its relative or participle clause runs on to the comma closing it,
 * before the cue (PolNeAR marks the whole phrase).
 */
function withWholeRelative(text: string, source: Span | null, cue: Span): Span | null {
  if (!source || source.end >= cue.start || !OPEN_RELATIVE.test(text.slice(source.start, source.end))) return source;
  const rest = /^[^,.;:!?"“”()]*,/u.exec(text.slice(source.end, cue.start));
  return rest ? { start: source.start, end: source.end + rest[0].length } : source;
}

/** A relative clause closed right before a cue: ", which came as crowds gathered, ". */
const RELATIVE_BEFORE_CUE = /,\s*(?:which|who)\s[^,;:.!?"“”()]*,\s*$/iu;

/**
 * "the strike, which came as people gathered, showed that …": the source of a cue right after a
 * relative clause is the noun the clause is of, with the clause, where the tagger took a noun inside
 * the clause or one before the noun (the sentence's first speaker).
 */
function outsideRelativeClause(view: View, first: number, source: Span | null, cue: Span): Span | null {
  // "…, who died before the crash, according to the AP": a source after the cue is no subject before it
  if (source && source.start >= cue.end) return source;
  const from = Math.max(view.tokens[first]!.start, cue.start - 120);
  const before = view.text.slice(from, cue.start);
  const m = RELATIVE_BEFORE_CUE.exec(before);
  if (!m) return source;
  const comma = firstStartingAt(view.tokens, from + m.index);
  const np = comma > first ? phraseEndingAt(view.tokens, comma - 1, first) : null;
  if (!np) return source;
  const start = view.tokens[np[0]]!.start;
  // a source that is the noun itself ("Trump, who leads, mocked": PolNeAR marks the name alone as often as with its clause) stays
  if (source && source.start < from + m.index && source.end > start) return source;
  return { start, end: from + before.trimEnd().length };
}

/** Words of a subject's noun phrase with its post-modifiers: "A union representing workers at the Ohio plants". */
const SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/u;

/**
 * "A union representing workers at the Ohio plants said": a source found at the end of the
 * sentence's subject is the whole subject, when that opens the sentence as a noun phrase whose
 * only verb is a present participle ("representing", "living") and nothing else stands before the cue.
 */
function withWholeSubject(view: View, first: number, a: number, source: Span | null): Span | null {
  if (!source) return source;
  const { tokens } = view;
  const head = firstStartingAt(tokens, source.start);
  if (head <= first || head >= a || tokens[a - 1]!.end !== source.end || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(tokens[first]!.pos)) return source;
  let participle = false;
  for (let k = first; k < head; k++) {
    const t = tokens[k]!;
    // not "-ed": a past tense looks the same ("Voters flocked to the contests known as …")
    if (t.pos === 'VERB' && /ing$/iu.test(t.text) && k > first) participle = true;
    else if (!SUBJECT_POS.test(t.pos) && !(t.pos === 'PRON' && isPossessive(t.text))) return source;
  }
  return participle ? { start: tokens[first]!.start, end: source.end } : source;
}

/** Nouns of a role in which one speaks for a body or from a place ("a spokesperson for", "the head of", "a doctor at", "sources in"). */
const SPEAKER_ROLE = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|spokesmen|spokeswomen|representative|representatives|official|officials|head|chief|director|member|members|lawyer|lawyers|attorney|attorneys|aide|aides|doctors?|nurses?|surgeons?|physicians?|medics?|workers?|employees?|analysts?|researchers?|experts?|professors?|scientists?|engineers?|officers?|commanders?|diplomats?|sources?|residents?|witness|witnesses|partners?|volunteers?|activists?|correspondents?|reporters?|colleagues?|teams?|staff)$/iu;

/**
 * "A spokesperson for the UN refugee agency told …": a source the tagger starts at the body the
 * speaker speaks for is the whole phrase, from the determiner of the role on.
 */
function withSpeakerRole(view: View, first: number, source: Span | null): Span | null {
  if (!source) return source;
  const { tokens } = view;
  const k = firstStartingAt(tokens, source.start);
  if (tokens[k]?.start !== source.start) return source;
  // "for the UN | refugee agency": the tagger may start inside the body's name
  let j = k - 1;
  while (j > first && k - j <= 4 && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(tokens[j]!.pos)) j--;
  if (j - 1 < first || !/^(?:for|of|at|in|on)$/iu.test(tokens[j]!.text) || !SPEAKER_ROLE.test(tokens[j - 1]!.text)) return source;
  let s = j - 1;
  while (s - 1 >= first && /^(?:ADJ|NOUN|PROPN|NUM)$/u.test(tokens[s - 1]!.pos)) s--;
  if (s - 1 >= first && (tokens[s - 1]!.pos === 'DET' || isPossessive(tokens[s - 1]!.text))) s--;
  return { start: tokens[s]!.start, end: source.end };
}

const OPEN_RELATIVE = /^[^,]+,\s+(?:(?:who|whom|whose|which)\b|\p{Ll}+ed\b)[^,]*$/iu;

/** Whether `span` is a lone dummy subject, "it" or "there": it names nobody. */
const isDummy = (view: View, span: Span | null): boolean => !!span && /^(?:it|there)$/iu.test(view.text.slice(span.start, span.end));

/** Participles of verbs of addressing: their passive subject is the one addressed. */
const ADDRESSED = /^(?:asked|told|questioned|urged|informed|advised|reminded|pressed|warned|invited|encouraged|briefed|assured)$/iu;

/** The phrase `source` as the subject of the cue at token `a`: it ends before the cue with only auxiliaries and adverbs between ("Roe is reportedly"), which it takes in; not a dummy "it", not inside the content. */
function subjectBefore(view: View, source: Span | null, a: number, content: readonly Span[]): Span | null {
  if (!source || isDummy(view, source) || content.some((c) => overlaps(c, source))) return null;
  let k = a - 1;
  while (k >= 0 && view.tokens[k]!.start >= source.end && /^(?:AUX|ADV|PART)$/u.test(view.tokens[k]!.pos)) k--;
  if (k < 0 || view.tokens[k]!.end !== source.end) return null;
  return { start: source.start, end: view.tokens[a - 1]!.end };
}

/** Tokens [k, last] as one span, without a final full stop. */
function lineRest(view: View, k: number, last: number): Span {
  let end = last;
  while (end > k && /^[.!?]$/u.test(view.tokens[end]!.text)) end--;
  return { start: view.tokens[k]!.start, end: view.tokens[end]!.end };
}

/** A single content after the cue starts right after it ("seemed | closer to a deal"): what the rule skipped is part of it. */
function runFrom(view: View, k: number, last: number, content: readonly Span[]): readonly Span[] {
  const next = view.tokens[k];
  if (content.length !== 1 || !next || k > last || content[0]!.start < next.start) return content;
  return [{ start: next.start, end: content[0]!.end }];
}

/** Forms of "be" and the auxiliaries before them that open a passive cue ("was", "has been", "could be"). */
const BE = /^(?:is|are|was|were|be|been|being|[’']s|[’']re)$/iu;
/** What may follow the participle inside a passive cue: "seen as", "singled out", "counted among". */
const PARTICLE = /^(?:as|out|up|among|of|for)$/iu;
/**
 * Participles that say how someone feels ("is convinced", "were shocked"): their subject holds the
 * view, so it is the source, as after any cue. General English, not read off the corpus.
 */
const EXPERIENCER = new Set(['alarmed', 'angered', 'annoyed', 'concerned', 'confused', 'convinced', 'delighted', 'determined', 'disappointed', 'dismayed', 'encouraged', 'excited', 'frightened', 'frustrated', 'impressed', 'interested', 'mystified', 'outraged', 'persuaded', 'pleased', 'puzzled', 'reassured', 'relieved', 'satisfied', 'scared', 'shocked', 'surprised', 'terrified', 'troubled', 'unconvinced', 'upset', 'worried']);

/**
 * Whether the cue at tokens [a, b] is a passive with no "by" agent after it: auxiliaries with a
 * form of "be" among them, adverbs or "not", a participle, perhaps a particle ("is widely seen as",
 * "has long been considered", "wasn't told").
 */
function isAgentlessPassive(view: View, [a, b]: [number, number]): boolean {
  const { tokens } = view;
  let k = a, be = false;
  for (; k <= b && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'ADV'); k++) be ||= BE.test(tokens[k]!.text);
  if (!be || k > b || tokens[k]!.pos !== 'VERB' || !/(?:ed|en|wn|ght|id)$/iu.test(tokens[k]!.text) || EXPERIENCER.has(tokens[k]!.text.toLowerCase())) return false;
  if (k < b && !(k + 1 === b && PARTICLE.test(tokens[b]!.text))) return false;
  return agentBy(tokens, b + 1, tokens.length - 1) < 0;
}

/** Participles of belief that make a reduced passive after a noun: "dozens feared dead", "50 people believed to be trapped". */
const REDUCED = /^(?:feared|believed|thought|presumed|reported|rumou?red|alleged|suspected|understood|known|estimated)$/iu;
/** What follows such a participle: an infinitive, or the state it reports. */
const REDUCED_STATE = /^(?:to|dead|killed|drowned|missing|trapped|injured|wounded|lost|buried|kidnapped|captured|responsible|involved)$/iu;

/**
 * "Dozens feared dead", "about 50 people believed to be buried": a participle right after a noun,
 * with no auxiliary and no "by", reports without a speaker; the noun is part of what is reported.
 */
function isReducedPassive(view: View, [a, b]: [number, number]): boolean {
  const { tokens } = view;
  const before = tokens[a - 1], cue = tokens[a]!, next = tokens[b + 1];
  if (a !== b || !before || !next || !REDUCED.test(cue.text)) return false;
  // a headline drops its auxiliary: "Explosions reported in Belgorod" (in a headline every word may look like a name)
  if (spanAround(view.headings, cue.start) !== undefined) return /^(?:NOUN|NUM|PROPN)$/u.test(before.pos) && (REDUCED_STATE.test(next.text) || HEADLINE_WHERE.test(next.text));
  // not after a name: "Roe thought to ask" has a speaker
  return /^(?:NOUN|NUM)$/u.test(before.pos) && REDUCED_STATE.test(next.text);
}
/** Where a headline's reduced passive happened: "reported in Belgorod", "heard near the port". */
const HEADLINE_WHERE = /^(?:in|at|near|on|over|across)$/iu;

/**
 * "Conceding that …, he warned …": a participle opening the sentence has the main clause's
 * subject: the phrase after a comma that a verb follows.
 */
function participleSubject(view: View, first: number, last: number, [a, b]: [number, number]): Span | null {
  const { tokens } = view;
  if (a !== first || !/^\p{Lu}\p{Ll}+ing$/u.test(tokens[a]!.text) || tokens[a]!.pos !== 'VERB') return null;
  for (let comma = b + 1; comma < last; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    const phrase = phraseStartingAt(tokens, comma + 1, last);
    const next = phrase && tokens[phrase[1] + 1];
    if (phrase && next && (next.pos === 'VERB' || next.pos === 'AUX')) return { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end };
  }
  return null;
}

/** Cues that report without a speaker when an infinitive follows: "X seems to", "X is expected to", "X was accused of". */
const RAISING = /^(?:seems?|seemed|appears?|appeared|(?:(?:is|are|was|were)(?:n[’']t)?|[’']s|has been|have been|had been)\s+(?:not\s+)?(?:\p{L}+ly\s+|also\s+)?\p{L}+(?:ed|en|wn|ght))$/iu;

/**
 * "Turnout is expected to rise", "The senator seems to have left": nobody is quoted; the
 * subject is part of what is reported (its first fragment), as annotated in PolNeAR.
 */
function raisedSubject(view: View, first: number, [a, b]: [number, number], content: readonly Span[]): Span | null {
  const { tokens } = view;
  const next = tokens[b + 1];
  if (content.length !== 1 || !next || content[0]!.start !== next.start || !/^(?:to|of)$/iu.test(next.text)) return null;
  if (!RAISING.test(view.text.slice(tokens[a]!.start, tokens[b]!.end))) return null;
  let start = a - 1;
  while (start >= first && tokens[start]!.pos !== 'PUNCT') start--;
  start++;
  if (start < a && /^(?:and|but|so|yet)$/iu.test(tokens[start]!.text)) start++;
  // "Now Melania seems to …", "Although Mrs. Clinton's plan is intended to …": the adverb, the subordinator are the writer's
  while (start < a && (tokens[start]!.pos === 'ADV' || tokens[start]!.pos === 'SCONJ' || /^(?:although|though|while|because|whereas|unless|if)$/iu.test(tokens[start]!.text))) start++;
  return start < a && tokens.slice(start, a).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') ? { start: tokens[start]!.start, end: tokens[a - 1]!.end } : null;
}

/**
 * "At least 41 people have died, MSF said, while the ministry put the toll at 39": a clause after the
 * cue clause that opens on "while" or "whereas" sets another's word against the speaker's; it is the
 * writer's, not a second fragment of what the speaker said.
 */
function withoutWritersContrast(text: string, cue: Span, content: readonly Span[]): readonly Span[] {
  if (!content.some((c) => c.end <= cue.start)) return content;
  return content.filter((c) => c.start < cue.end || !/^(?:while|whereas)\b/iu.test(text.slice(c.start, c.start + 8)) || !/,\s*$/u.test(text.slice(Math.max(0, c.start - 3), c.start)));
}

/**
 * "which police said drew about 45,000 people and organisers said drew 200,000": a source that
 * opens right after a verb with a count is that verb's object up to its last "and"; the speaker is what follows it.
 */
function afterObjectAnd(view: View, first: number, last: number, source: Span | null, cue: Span): Span | null {
  if (!source || source.end > cue.start) return source;
  const { tokens } = view;
  let k = first;
  while (k <= last && tokens[k]!.start < source.start) k++;
  if (k === first || k > last || tokens[k - 1]!.pos !== 'VERB') return source;
  let and = -1;
  for (let j = k; j <= last && tokens[j]!.end <= source.end; j++) if (/^and$/iu.test(tokens[j]!.text)) and = j;
  // only an object with a count ("about 45,000 people and"): a verb's object and a speaker are rarely told apart otherwise
  if (and < 0 || and >= last || tokens[and + 1]!.end > source.end || !tokens.slice(k, and).some((t) => t.pos === 'NUM')) return source;
  return { start: tokens[and + 1]!.start, end: source.end };
}

/**
 * "..., which Mr. Roe says he keeps open": the relative word is the content's first fragment, also
 * when the tagger put it in the source ("which officials"). "The blast, which the ministry said
 * wounded 40 people, shook the city": the content ends with the relative clause, at its comma.
 */
function inRelativeClause(view: View, first: number, last: number, source: Span | null, content: readonly Span[]): { source: Span | null; content: readonly Span[] } {
  const { tokens } = view;
  if (!source || content.length !== 1 || content[0]!.start < source.end) return { source, content };
  let at = first;
  while (at < tokens.length && tokens[at]!.start < source.start) at++;
  const opensSource = /^(?:which|that)$/iu.test(tokens[at]?.text ?? '') && tokens[at]!.end < source.end && tokens[at - 1]?.text === ',';
  const w = opensSource ? at : at - 1;
  if (w < first || !(opensSource || /^(?:which|what|how)$/iu.test(tokens[w]!.text))) return { source, content };
  const word = tokens[w]!;
  const trimmed = opensSource ? { start: tokens[at + 1]!.start, end: source.end } : source;
  let reported = content[0]!;
  // a relative clause set off by a comma ends at the next one, where the main clause goes on with its verb
  if (tokens[w - 1]?.text === ',') {
    let k = w;
    while (k <= last && tokens[k]!.start < reported.start) k++;
    while (k <= last && tokens[k]!.end <= reported.end && tokens[k]!.text !== ',') k++;
    if (k <= last && tokens[k]!.end <= reported.end && tokens.slice(k + 1, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) reported = { start: reported.start, end: tokens[k - 1]!.end };
  }
  return { source: trimmed, content: [{ start: word.start, end: word.end }, reported] };
}
