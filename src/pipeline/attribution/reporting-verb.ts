/**
 * The commonest shape: a reporting verb with its subject as the source.
 *   Trump said (on Tuesday) that ...        source left, content right
 *   Clinton told reporters: "..."            hearer skipped
 *   "...," McCain said.  /  "...," said McCain.   content left, source left or inverted
 *   "A," the judge said, "B."                split quote: two content fragments
 *   Clinton attacked Trump, saying ...       gerund: the subject of the clause is the source
 */
import type { Span, Token } from '../../model/doc.js';
import { cueGerunds, cueVerbs, mediaHeads } from '../../lexicons/cues.js';
import { contentAfter, contentBefore, quoteAfter } from './content-span.js';
import { appositiveEndingAt, isPossessive, openingSubject, phraseEndingAt, phraseStartingAt } from './source-phrase.js';
import { anonymityAsideBefore } from './anonymity-clause.js';
import { ASIDE_BEFORE_CUE } from './source-aside.js';
import { followsComma, isCloseQuote, isOpenQuote, opensQuote, quoteAround, quoteStartingAt, type Proposal, type View } from './view.js';

const byLemma = new Map<string, (typeof cueVerbs)[number]>(cueVerbs.map((v) => [v.lemma, v]));
/** Verbs that are often not reporting ("found a body", "added $5"): their right content must open with "that", a quote or a colon. */
const STRICT = new Set(['read', 'find', 'show', 'learn', 'hear', 'indicate', 'answer', 'object', 'protest', 'counter', 'continue', 'add', 'charge', 'post', 'agree', 'maintain', 'comment', 'mention', 'state', 'observe', 'reveal', 'confirm', 'remind', 'caution', 'repeat', 'respond', 'reply', 'hint', 'shout', 'recall', 'report', 'estimate']);
/** Of those, the ones the learned tagger also needs a complement for: their non-reporting senses are common. */
const STRICT_LEARNED = new Set(['read', 'add', 'find', 'charge', 'post', 'agree', 'continue', 'answer', 'object']);
/** Verbs whose "it" subject is a dummy. */
const DUMMY_IT = new Set(['seem', 'appear', 'be', 'become', 'turn', 'remain', 'look', 'sound', 'emerge']);
const TIME_WORDS = /^(?:on|in|at|last|this|earlier|later|early|late|overnight|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|a|an|the|statement|interview|email|emailed|recent|speech|rally|press|conference|release|\d+|.*day)$/iu;

function cueLemma(text: string, tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if (reportReadAsNoun(text, tokens, i)) return 'report';
  if (t.pos !== 'VERB' && !(t.pos === 'AUX' && t.lemma === 'say')) return null;
  const lemma = t.lemma.toLowerCase();
  return byLemma.has(lemma) ? lemma : null;
}

/**
 * "Local media report that …", "Officials report at least 5 blasts": wink tags a plural subject's
 * "report" as a noun. After a plural noun, and before "that" (or after the press), it is the verb.
 */
function reportReadAsNoun(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, before = tokens[i - 1], next = tokens[i + 1];
  if (t.pos !== 'NOUN' || !/^reports?$/iu.test(t.text) || !before || !next || !/^(?:NOUN|PROPN)$/u.test(before.pos)) return false;
  // "…, the regional administration reports.", "As Ukrinform reports, …": a subject set off after a comma or by "As"
  if (/^[.,:;]$/u.test(next.text) && setOffSubject(text, tokens, i)) return true;
  if (!/^report$/iu.test(t.text)) return false;
  const press = mediaHeads.has(before.text.toLowerCase());
  return (press || /s$/iu.test(before.text)) && (press || next.text.toLowerCase() === 'that');
}

/** "As Ukrinform reports, 5 people died": a source opening the sentence after "As", a comma after the cue; the clause reports the sentence it opens. */
export function opensAsClause(text: string, source: Span, cue: Span): boolean {
  return source.end <= cue.start && /(?:^|[.!?]["”]?\s+|\n\s*)As\s+$/u.test(text.slice(Math.max(0, source.start - 8), source.start)) && /^\s*,/u.test(text.slice(cue.end, cue.end + 3));
}

/** Whether the noun phrase before token `i` follows a comma or opens an "As" clause (not an object: "He cited police reports."). */
function setOffSubject(text: string, tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k < 8 && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(tokens[k - 1]!.pos)) k--;
  return tokens[k - 1]?.text === ',' || opensAsClause(text, { start: tokens[k]!.start, end: tokens[i - 1]!.end }, tokens[i]!);
}

/** Words opening a subordinate clause that sets a speech in time or cause: "said after being briefed", "told reporters when asked". */
const SUBORDINATE = /^(?:after|before|when|while|as|because|since|following|amid|upon|during)$/iu;
/** Words that open a bounded figure, not a setting: "at least", "at most", "up to", "more than". */
const BOUND_OPENING = /^(?:at (?:least|most)|up to|more than|fewer than|less than|as many)\b/iu;
/** Words that may stand between a cue and its complement: "said during a rally in Ohio that", "says of Clinton, '...'". */
const ADJUNCT = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'PART', 'CCONJ']);
const COMPLEMENT = /^(?:that|whether|how|why|what|when|where)$/iu;
/** Verbs that name their object ("called it a “disgrace”"): PolNeAR starts the content right after the cue (train, for call, describe, label, brand and dub: 222 of 238 times). */
const NAMING = /^(?:call|describe|label|brand|dub|term|deem|characterize|name)$/u;
/** Parts of speech of a setting phrase: "earlier in the committee hearing", "at a rally in Ohio on Tuesday". */
const SETTING_POS = new Set(['ADP', 'ADV', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Whether token `m` may belong to a setting after a cue ("in its morning update", "in his nightly
 * address"): a possessive as well as a determiner, and a last word the tagger took for a verb
 * after a noun or possessive ("update", "address" are both).
 */
function inSetting(tokens: readonly Token[], m: number, ends: (x: number) => boolean): boolean {
  const t = tokens[m]!;
  if (SETTING_POS.has(t.pos)) return true;
  if (t.pos === 'PRON') return isPossessive(t.text);
  const previous = tokens[m - 1]!;
  // "in a televised speech", "in a recorded message": a participle between a determiner and its noun
  if (t.pos === 'VERB' && /(?:ed|ing)$/iu.test(t.text) && previous.pos === 'DET' && tokens[m + 1]?.pos === 'NOUN') return true;
  return t.pos === 'VERB' && ends(m + 1) && (previous.pos === 'NOUN' || isPossessive(previous.text));
}

/** The token after a setting ("in Kell on Monday") that runs from `from` to the end of the cue clause, or `from` when none does. */
function afterSetting(tokens: readonly Token[], from: number, last: number, ends: (x: number) => boolean): number {
  let m = from;
  while (m <= last && m < from + 10 && inSetting(tokens, m, ends) && !/^(?:that|whether|if)$/iu.test(tokens[m]!.text)) m++;
  return m > from && ends(m) ? m : from;
}

/** Index of the complement ("that", a quote, after a colon) when only adjuncts come before it, else `k`. */
function skipToComplement(tokens: readonly Token[], k: number, last: number): number {
  // only a preposition or a time word may open the adjunct: "repeated accusations that ..." keeps its object
  if (k > last || !(tokens[k]!.pos === 'ADP' || TIME_WORDS.test(tokens[k]!.text) || COMPLEMENT.test(tokens[k]!.text) || isOpenQuote(tokens[k]) || tokens[k]!.text === ':')) return k;
  for (let m = k; m <= Math.min(last, k + 14); m++) {
    const t = tokens[m]!;
    // 'blasted the “loose talk”': a quotation after an article is a noun of the object, which starts at the article
    if (isOpenQuote(t) && m > k && tokens[m - 1]!.pos === 'DET') return k;
    if (COMPLEMENT.test(t.text) || isOpenQuote(t) || t.text === ':') return t.text === ':' ? m + 1 : m;
    if (!TIME_WORDS.test(t.text) && t.text !== ',' && !ADJUNCT.has(t.pos)) return k;
  }
  return k;
}

export function reportingVerb(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const gerund = cueGerunds.has(t.text.toLowerCase()) && i > first && followsComma(view.text, t.start);
    const lemma = cueLemma(view.text, tokens, i);
    if (!lemma && !gerund) continue;
    // Only the outermost attribution counts: a cue inside a quotation belongs to the quoted speaker.
    if (quoteAround(view, t.start)) continue;
    let cueEnd = i;
    if (lemma === 'point') {
      if (tokens[i + 1]?.text.toLowerCase() !== 'out') continue;
      cueEnd = i + 1;
    }
    let cueStart = i;
    // "has said", "did not say", "would argue"
    while (cueStart - 1 >= first && (tokens[cueStart - 1]!.pos === 'AUX' || (tokens[cueStart - 1]!.pos === 'PART' && /^(?:not|n't)$/iu.test(tokens[cueStart - 1]!.text)))) cueStart--;
    if (cueStart < i && /^(?:is|are|was|were|be|been|being)$/iu.test(tokens[i - 1]!.text) && t.lemma !== 'say') continue; // passives: see passive-by
    const p = attachRoles(view, first, last, cueStart, cueEnd, lemma, gerund);
    if (p) out.push(p);
  }
  return out;
}

/** Where a citing or participle aside (source-aside.ts) closing the text before `end` starts, or -1. */
function citingAsideBefore(text: string, end: number): number {
  const from = Math.max(0, end - 100);
  const m = ASIDE_BEFORE_CUE.exec(text.slice(from, end));
  return m ? from + m.index : -1;
}

/**
 * "…, a firefighter who asked not to be named told the paper", "The agency, quoting police
 * sources, reported": the words before the cue end with an aside saying why the speaker is
 * unnamed, or whom it cites. The source is the phrase before it with the aside.
 */
function speakerBeforeAside(view: View, j: number, first: number): [number, number] | null {
  const { tokens } = view;
  if (j < first) return null;
  let at = anonymityAsideBefore(view.text, tokens[j]!.end);
  // an aside set off by commas is read as an apposition, and the speaker is the phrase before it
  if (view.text[at] === ',') at = -1;
  // "The agency, quoting police sources, reported": what the speaker cites (cited-sources.ts makes it a link);
  // "The statement, published on Telegram, claimed": a participle clause of the speaker's phrase
  if (at < 0 && tokens[j]!.text === ',') at = citingAsideBefore(view.text, tokens[j]!.end);
  if (at < 0 || at <= tokens[first]!.start) return null;
  let k = j;
  while (k > first && tokens[k - 1]!.end > at) k--;
  // "The army's statement, published …": a phrase whose head is no speaker elsewhere ("said in a statement") opens the sentence here
  const head = phraseEndingAt(tokens, k - 1, first) ?? openingSubject(tokens, first, k - 1);
  if (!head) return null;
  return [head[0], tokens[j]!.text === ',' ? j - 1 : j];
}

/**
 * Source and content around a cue at tokens [cueStart, cueEnd] of the sentence [first, last];
 * null when no content can be placed. Shared by the lexicon cues and the learned cue tagger.
 */
export function attachRoles(view: View, first: number, last: number, cueStart: number, cueEnd: number, lemma: string | null, gerund: boolean, keepBare = false): Proposal | null {
  const { tokens } = view;
  const i = cueEnd;
    let j = cueStart - 1;
    while (j >= first && tokens[j]!.pos === 'ADV' && !/^(?:so|then)$/iu.test(tokens[j]!.text)) j--;
    const apposed = !gerund && j > first && tokens[j]!.text === ',' ? appositiveEndingAt(tokens, j, first) : null;
    // "He said X and said that Y": the coordinated verb shares the sentence's subject
    const coordinated = j > first && /^(?:and|but)$/iu.test(tokens[j]!.text);
    let source = apposed ?? (gerund || coordinated ? subjectOf(tokens, first, j) : speakerBeforeAside(view, j, first) ?? phraseEndingAt(tokens, j, first));
    const relative = source !== null && /^(?:who|which)$/iu.test(tokens[source[0]]!.text);
    // "it seems", "it appears": a dummy subject is no source; a document's "it reads", an ad's "it slams" are (passives and raising cues lose theirs in place-roles.ts)
    if (source && source[0] === source[1] && /^it$/iu.test(tokens[source[0]]!.text) && (!lemma || DUMMY_IT.has(lemma))) source = null;
    let clauseStart = source && !gerund && !coordinated ? source[0] : cueStart;
    let after = cueEnd + 1;
    // inverted: '"...," said McCain.'
    // (only speech verbs invert: in "Roe, the spokeswoman, called the number inflated" the phrase after the cue is its object)
    if (!source && !gerund && (!lemma || byLemma.has(lemma)) && (cueStart === first || tokens[cueStart - 1]!.text === ',' || isCloseQuote(tokens[cueStart - 1]))) {
      source = phraseStartingAt(tokens, cueEnd + 1, last);
      if (source) after = source[1] + 1;
    }
    const content: Span[] = [];
    const p = clauseStart - 1;
    // '"...," Roe said Friday.' / '"...," Roe told Reuters.': the clause may end with a time or a hearer
    let tail = after;
    while (tail <= last && tail < after + 4 && TIME_WORDS.test(tokens[tail]!.text) && !/^(?:a|an|the)$/iu.test(tokens[tail]!.text)) tail++;
    // "told this newspaper": "this" before a noun of no time opens a hearer, not a time
    if (tail === after + 1 && /^this$/iu.test(tokens[after]!.text) && tokens[tail]?.pos === 'NOUN' && !TIME_WORDS.test(tokens[tail]!.text)) tail = after;
    const verb0 = lemma ? byLemma.get(lemma) : undefined;
    // a straight quotation mark ends the clause only when it closes a quotation, not when it opens one
    const ends = (x: number) => x > last || /^[.!?,;—–]$/u.test(tokens[x]!.text) || (isCloseQuote(tokens[x]) && !quoteStartingAt(view, tokens[x]!.start));
    if (tail === after && verb0 && 'object' in verb0 && verb0.object) {
      const hearer = phraseStartingAt(tokens, after, last);
      if (hearer) {
        tail = hearer[1] + 1;
        // '…, Roe told reporters this week.': so does a time after the hearer
        const timed = tail;
        while (tail <= last && tail < timed + 3 && TIME_WORDS.test(tokens[tail]!.text) && !/^(?:a|an|the|in|on|at)$/iu.test(tokens[tail]!.text)) tail++;
        if (!ends(tail)) tail = timed;
        // '…, Roe told reporters in Kell on Monday.': a setting after the hearer ends the cue clause as well
        if (tokens[tail]?.pos === 'ADP') tail = afterSetting(tokens, tail, last, ends);
      }
    }
    // '..., Roe explained earlier in the hearing, ...': a setting after a speech verb belongs to its clause
    // ("reported at least 5 blasts": a bound opens a figure, not a setting)
    const settingOpen = after <= last && (/^(?:ADP|ADV)$/u.test(tokens[after]!.pos) || /^(?:in|at|on|during)$/iu.test(tokens[cueEnd]!.text)) && !BOUND_OPENING.test(`${tokens[after]!.text} ${tokens[after + 1]?.text ?? ''}`);
    if (!ends(tail) && lemma && byLemma.has(lemma) && settingOpen) {
      const end = afterSetting(tokens, after, last, ends);
      if (end > after) tail = end;
    }
    if (tail > after && ends(tail) && !ends(after)) after = tail;
    // '"...," she said of the election, in which ...': after a quotation closed on a comma the rest
    // of the sentence is the cue clause, whatever adjuncts it carries
    // '"... ." Roe, the mayor, told reporters.': the quotation closed the sentence before
    const before = p < first && isCloseQuote(tokens[p]) && (after > last || /^[.!?]$/u.test(tokens[after]!.text)) ? contentBefore(view, p, 0) : null;
    const quoteLed = !gerund && p >= first && isCloseQuote(tokens[p]) && /[,?!]$/u.test(view.text.slice(Math.max(0, tokens[p]!.start - 1), tokens[p]!.start)) && !isTitleQuote(view, p, first);
    // 'Prices will rise, the minister said before leaving for Brussels': a subordinate clause after the cue is the writer's
    // setting; what was said is the clause before the comma (unless a "that" below opens it: 'X, Roe said after the vote that …')
    const settingAfter = !ends(after) && p >= first && tokens[p]!.text === ',' && SUBORDINATE.test(tokens[tail]?.text ?? '') && !tokens.slice(tail, last + 1).some((t) => t.text.toLowerCase() === 'that');
    if (settingAfter) after = tail;
    const clauseEndsHere = ends(after) || quoteLed || settingAfter;
    if (!gerund && (p >= first || before) && clauseEndsHere) {
      const left = before ?? contentBefore(view, p, first);
      if (left) {
        content.push(left);
        // '"A," he said, "B."' and '"A," he said. "B."' (the quotation resumes in the same paragraph)
        const quotedLeft = opensQuote(view.text, left.start);
        // 'The address ''was …,'' said Roe. ''From …''': a quotation closing the left part resumes as well
        const endsQuoted = quotedLeft || (p >= first && isCloseQuote(tokens[p]));
        const resume = tokens[after]?.text === ',' && (!endsQuoted || isOpenQuote(tokens[after + 1])) ? after + 1 : endsQuoted ? resumedQuote(view, after, last) : -1;
        const sameParagraph = resume > 0 && !/\n/u.test(view.text.slice(tokens[resume - 1]!.end, tokens[resume]?.start ?? 0));
        // 'Taxes, she said, will rise.': an unquoted sentence interrupted by its cue clause goes on after it
        // ...but not an appositive of a speaker named after the cue ('..., said Roe, a senior official'),
        // nor a clause the writer adds with "and" ('..., she said, and talks stalled')
        const inverted = source !== null && source[0] > cueEnd;
        const unquoted = sameParagraph && resume <= last && tokens[after]?.text === ',' && !isOpenQuote(tokens[resume]) && !quotedLeft && !cueGerunds.has(tokens[resume]!.text.toLowerCase()) && !inverted && !/^(?:and|but|or)$/iu.test(tokens[resume]!.text) && !/^(?:as|amid|after)$/iu.test(tokens[resume]!.text) ? contentAfter(view, resume, last) : null;
        if (unquoted) content.push(unquoted);
        const right = !unquoted && (sameParagraph || (resume > 0 && endsQuoted && isWholeParagraph(view, quoteAfter(view, resume)))) ? quoteAfter(view, resume) : null;
        if (right) {
          // "Asked about X, Roe said, '...'": an unquoted lead-in is the writer's, the quotation is the content
          if (!endsQuoted) content.pop();
          content.push(right);
        }
      }
    }
    if (content.length === 0) {
      let k = after;
      const verb = lemma ? byLemma.get(lemma) : undefined;
      if (verb && 'object' in verb && verb.object && k <= last && tokens[k]!.text.toLowerCase() !== 'that' && !isOpenQuote(tokens[k])) {
        // the hearer is skipped only before the content proper: "told reporters that ...", "told CNN: ..."
        const hearer = phraseStartingAt(tokens, k, last);
        if (hearer) {
          const m = skipToComplement(tokens, hearer[1] + 1, last);
          const next = tokens[m];
          // "told reporters (on Tuesday) that ...", "urged voters to ...", "told CNN he would ..."
          if (next && (/^(?:that|to|whether|how|why|what|when|where|if|,|:)$/iu.test(next.text) || isOpenQuote(next) || tokens[m - 1]?.text === ':' || ((next.pos === 'PRON' || (hearer[0] === hearer[1] && /^(?:him|her|them|me|us)$/iu.test(tokens[hearer[0]]!.text))) && /^(?:tell|assure|inform|remind)$/u.test(lemma ?? '')))) k = m;
        }
      }
      // "called the senator a “bully”": what a naming verb names is content with the quoted name
      const complement = skipToComplement(tokens, k, last);
      k = skipTime(tokens, lemma && NAMING.test(lemma) && isOpenQuote(tokens[complement]) ? k : complement, last);
      if (k <= last && tokens[k]!.text === ',' && isOpenQuote(tokens[k + 1])) k++;
      // "Local media reported explosions": what the media report is news whatever its form
      const mediaReport = lemma === 'report' && source !== null && source[1] < cueStart && mediaHeads.has(tokens[source[1]]!.text.toLowerCase());
      const asClause = source !== null && opensAsClause(view.text, { start: tokens[source[0]]!.start, end: tokens[source[1]]!.end }, { start: tokens[cueStart]!.start, end: tokens[cueEnd]!.end });
      if (lemma && (keepBare ? STRICT_LEARNED : STRICT).has(lemma) && !mediaReport && !asClause && !(k <= last && (tokens[k]!.text.toLowerCase() === 'that' || isOpenQuote(tokens[k]) || tokens[k - 1]?.text === ':' || opensBareClause(tokens, k, last)))) return null;
      while (k <= last && /^[,—–]$/u.test(tokens[k]!.text)) k++;
      // 'He said:' closing a paragraph introduces the quotation below it
      const below = k > last && tokens[last]!.text === ':' ? quoteAfter(view, last + 1) : null;
      const phrase = (!lemma || !byLemma.has(lemma)) && k <= last && !/^(?:that|whether|how|why|if)$/iu.test(tokens[k]!.text) && !isOpenQuote(tokens[k]);
      const right = below ?? contentAfter(view, k, relative ? clauseEnd(tokens, k, last) : last, phrase);
      if (right) content.push(right);
    }
    if (content.length === 0 && !keepBare) return null;
    const direct = content.some((c) => opensQuote(view.text, c.start));
    return {
      rule: gerund ? 'attribution/gerund' : 'attribution/reporting-verb',
      kind: direct ? 'direct-quote' : 'indirect',
      cue: { start: tokens[cueStart]!.start, end: tokens[cueEnd]!.end },
      source: source ? { start: tokens[source[0]]!.start, end: tokens[source[1]]!.end } : null,
      content,
      unsourced: false,
    };
}

/** 'On “Fox News Sunday,” Pence said the plan ...': a quoted name after a preposition, an article or a possessive ("CBS's") is a title, not what was said. */
function isTitleQuote(view: View, close: number, first: number): boolean {
  const quote = quoteAround(view, view.tokens[close]!.start);
  if (!quote) return false;
  let open = close;
  while (open > first && view.tokens[open]!.start > quote.start) open--;
  const before = view.tokens[open - 1];
  return open > first && !!before && (before.pos === 'ADP' || before.pos === 'DET' || /^['’]s$/u.test(before.text));
}

/**
 * Where a quotation interrupted by its cue clause goes on: at '"' after a comma later in the
 * clause ('"A," he said on Tuesday, "B."'), or opening the next sentence when that quotation is a
 * whole sentence of its own ('"A," he said, clapping. "B."'); -1 when it does not.
 */
function resumedQuote(view: View, after: number, last: number): number {
  const { tokens } = view;
  for (let m = after + 1; m <= last; m++) if (isOpenQuote(tokens[m]) && tokens[m - 1]!.text === ',') return m;
  if (!/^[.!?]$/u.test(tokens[last]!.text) || !isOpenQuote(tokens[last + 1])) return -1;
  const q = quoteAfter(view, last + 1);
  // '"B," she replied.' is the next speaker's, not a continuation
  return q && /[.!?…]\P{L}?$/u.test(view.text.slice(q.start, q.end - 1)) ? last + 1 : -1;
}

/** Whether quotation `q` is a whole paragraph: nothing but white space after it to the line's end (no cue of its own). */
function isWholeParagraph(view: View, q: Span | null): boolean {
  if (!q) return false;
  const lineEnd = view.text.indexOf('\n', q.end);
  return /^\s*$/u.test(view.text.slice(q.end, lineEnd < 0 ? view.text.length : lineEnd));
}

/** Whether a clause with a subject pronoun opens at `k` ("he would never vote", "it was over"): a strict verb's content without "that". */
function opensBareClause(tokens: readonly Token[], k: number, last: number): boolean {
  return k + 1 <= last && /^(?:i|he|she|we|they|it|there)$/iu.test(tokens[k]!.text) && (tokens[k + 1]!.pos === 'AUX' || tokens[k + 1]!.pos === 'VERB');
}

/**
 * The subject a participle cue attaches to: the noun phrase opening the sentence when a verb
 * follows it, else the one after a quotation or an introductory phrase that opens the sentence.
 * Each step moves past a comma or a closing mark, so the search stays within one pass of the sentence.
 */
function subjectOf(tokens: readonly Token[], first: number, before: number): [number, number] | null {
  const np = phraseStartingAt(tokens, first, before - 1);
  const next = np && tokens[np[1] + 1];
  if (np && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.text === ',')) return np;
  // '"…," Roe said, referring to …': the speaker after a quotation opening the sentence is the subject
  if (isOpenQuote(tokens[first])) {
    for (let m = first + 1; m < before - 1; m++) if (isCloseQuote(tokens[m])) return subjectOf(tokens, tokens[m + 1]!.text === ',' ? m + 2 : m + 1, before);
    return null;
  }
  // "In the spin room after the debate, Obama's aides were …, perhaps recognizing …": the subject follows an introductory phrase
  for (let c = first; c < before - 1; c++) {
    const t = tokens[c]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.text === ',') return subjectOf(tokens, c + 1, before);
  }
  return null;
}

/** The last token before the comma that closes a relative clause ("who said X, said Y"). */
function clauseEnd(tokens: readonly Token[], k: number, last: number): number {
  for (let m = k; m <= last; m++) {
    if (tokens[m]!.text === ',' && m + 1 <= last && (tokens[m + 1]!.pos === 'VERB' || tokens[m + 1]!.pos === 'AUX' || tokens[m + 2]?.pos === 'VERB')) return m - 1;
  }
  return last;
}

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|again)$/iu;

/** "said Tuesday his actions ...": a bare day or "on Friday" between the cue and an unmarked clause. */
function skipTime(tokens: readonly Token[], k: number, last: number): number {
  let m = k;
  if (tokens[m]?.text.toLowerCase() === 'on' && DAY.test(tokens[m + 1]?.text ?? '')) m += 2;
  else if (DAY.test(tokens[m]?.text ?? '')) m += 1;
  if (m > k && tokens[m]?.text === ',') m++;
  return m <= last ? m : k;
}
