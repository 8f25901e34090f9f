/**
 * The commonest shape: a reporting verb with its subject as the source.
 *   Trump said (on Tuesday) that ...        source left, content right
 *   Clinton told reporters: "..."            hearer skipped
 *   "...," McCain said.  /  "...," said McCain.   content left, source left or inverted
 *   "A," the judge said, "B."                split quote: two content fragments
 *   Clinton attacked Trump, saying ...       gerund: the subject of the clause is the source
 */
import type { Span, Token } from '../../model/doc.js';
import { cueGerunds, cueVerbs } from '../../lexicons/cues.js';
import { contentAfter, contentBefore, quoteAfter } from './content-span.js';
import { phraseEndingAt, phraseStartingAt } from './source-phrase.js';
import { isCloseQuote, isOpenQuote, type Proposal, type View } from './view.js';

const byLemma = new Map<string, (typeof cueVerbs)[number]>(cueVerbs.map((v) => [v.lemma, v]));
/** Verbs that are often not reporting ("found a body", "added $5"): their right content must open with "that", a quote or a colon. */
const STRICT = new Set(['find', 'show', 'learn', 'hear', 'indicate', 'answer', 'object', 'protest', 'counter', 'continue', 'add', 'charge', 'post', 'agree', 'maintain', 'comment', 'mention', 'state', 'observe', 'reveal', 'confirm', 'remind', 'caution', 'repeat', 'respond', 'reply', 'hint', 'shout', 'recall', 'report', 'estimate']);
const TIME_WORDS = /^(?:on|in|at|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|a|an|the|statement|interview|email|emailed|recent|speech|rally|press|conference|release|\d+|.*day)$/iu;

function cueLemma(t: Token): string | null {
  if (t.pos !== 'VERB' && !(t.pos === 'AUX' && t.lemma === 'say')) return null;
  const lemma = t.lemma.toLowerCase();
  return byLemma.has(lemma) ? lemma : null;
}

/** Index after skipping a few time or venue words up to "that", a quote or a colon. */
function skipToComplement(tokens: readonly Token[], k: number, last: number): number {
  for (let m = k; m <= Math.min(last, k + 6); m++) {
    const t = tokens[m]!;
    if (t.text.toLowerCase() === 'that' || isOpenQuote(t) || t.text === ':') return t.text === ':' ? m + 1 : m;
    if (!TIME_WORDS.test(t.text) && t.text !== ',') return k;
  }
  return k;
}

export function reportingVerb(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const gerund = cueGerunds.has(t.text.toLowerCase()) && i > first && tokens[i - 1]!.text === ',';
    const lemma = cueLemma(t);
    if (!lemma && !gerund) continue;
    let cueEnd = i;
    if (lemma === 'point') {
      if (tokens[i + 1]?.text.toLowerCase() !== 'out') continue;
      cueEnd = i + 1;
    }
    let cueStart = i;
    // "has said", "did not say", "would argue"
    while (cueStart - 1 >= first && (tokens[cueStart - 1]!.pos === 'AUX' || (tokens[cueStart - 1]!.pos === 'PART' && /^(?:not|n't)$/iu.test(tokens[cueStart - 1]!.text)))) cueStart--;
    if (cueStart < i && /^(?:is|are|was|were|be|been|being)$/iu.test(tokens[i - 1]!.text) && t.lemma !== 'say') continue; // passives: see passive-by
    let j = cueStart - 1;
    while (j >= first && tokens[j]!.pos === 'ADV' && !/^(?:so|then)$/iu.test(tokens[j]!.text)) j--;
    let source = gerund ? subjectOf(tokens, first, i) : phraseEndingAt(tokens, j, first);
    let clauseStart = source && !gerund ? source[0] : cueStart;
    let after = cueEnd + 1;
    // inverted: '"...," said McCain.'
    if (!source && !gerund && cueStart > first && (tokens[cueStart - 1]!.text === ',' || isCloseQuote(tokens[cueStart - 1]))) {
      source = phraseStartingAt(tokens, cueEnd + 1, last);
      if (source) after = source[1] + 1;
    }
    const content: Span[] = [];
    const p = clauseStart - 1;
    const clauseEndsHere = after > last || /^[.!?,;—–]$/u.test(tokens[after]!.text) || isCloseQuote(tokens[after]);
    if (!gerund && p >= first && clauseEndsHere) {
      const left = contentBefore(view, p, first);
      if (left) {
        content.push(left);
        if (tokens[after]?.text === ',') {
          const right = quoteAfter(view, after + 1);
          if (right) content.push(right);
        }
      }
    }
    if (content.length === 0) {
      let k = after;
      const verb = lemma ? byLemma.get(lemma) : undefined;
      if (verb && 'object' in verb && verb.object && k <= last && tokens[k]!.text.toLowerCase() !== 'that' && !isOpenQuote(tokens[k])) {
        const hearer = phraseStartingAt(tokens, k, last);
        if (hearer) k = hearer[1] + 1;
      }
      k = skipToComplement(tokens, k, last);
      if (k <= last && tokens[k]!.text === ',' && isOpenQuote(tokens[k + 1])) k++;
      if (lemma && STRICT.has(lemma) && !(k <= last && (tokens[k]!.text.toLowerCase() === 'that' || isOpenQuote(tokens[k]) || tokens[k - 1]?.text === ':'))) continue;
      const right = contentAfter(view, k, last);
      if (right) content.push(right);
    }
    if (content.length === 0) continue;
    const direct = content.some((c) => isOpenQuote(tokens.find((x) => x.start === c.start)));
    out.push({
      rule: gerund ? 'attribution/gerund' : 'attribution/reporting-verb',
      kind: direct ? 'direct-quote' : 'indirect',
      cue: { start: tokens[cueStart]!.start, end: tokens[cueEnd]!.end },
      source: source ? { start: tokens[source[0]]!.start, end: tokens[source[1]]!.end } : null,
      content,
      unsourced: false,
    });
  }
  return out;
}

/** The noun phrase opening the sentence, when a verb follows it: the subject a gerund cue attaches to. */
function subjectOf(tokens: readonly Token[], first: number, before: number): [number, number] | null {
  const np = phraseStartingAt(tokens, first, before - 1);
  if (!np) return null;
  const next = tokens[np[1] + 1];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? np : null;
}
