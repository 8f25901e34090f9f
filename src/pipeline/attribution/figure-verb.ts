/**
 * "The health department revised the death toll down to 31", "Officials put the number of dead
 * at 40": whoever sets a count is its source, though no verb of saying is used. For the figure
 * trail, a toll the ministry revised is the ministry's figure, not an unattributed one.
 */
import type { Span } from '../../model/doc.js';
import { contentAfter } from './content-span.js';
import { phraseEndingAt } from './source-phrase.js';
import type { Proposal, View } from './view.js';

/** Verbs by which someone states a count ("put the toll at", "revised the number to"), as lemmas. */
const STATES = new Set(['put', 'revise', 'update', 'place', 'peg', 'adjust']);
/** Verbs by which someone cites a tally ("gave a figure of 45,000", "cited a death toll of 12"), as lemmas: "of" before the number. */
const CITES = new Set(['give', 'cite', 'quote', 'offer', 'provide']);
/** Verbs that may also change what is counted ("cut the number of jobs to 300"): they state a count of a tally only ("raised the death toll to 40"). */
const CHANGES = new Set(['raise', 'lower', 'increase', 'reduce', 'cut', 'set']);
/** Verbs by which a count or a study yields a figure ("A Reuters tally found at least 120 deaths"), as lemmas: the number right after. */
const FINDS = new Set(['find', 'count', 'record', 'show', 'document']);
/** Heads of a subject that finds figures: a count or a study of some kind, whose author is the figure's source. */
const STUDY = /^(?:count|tally|survey|analysis|review|study|investigation|audit|census|poll)$/iu;
/** Nouns naming a tally, which only a statement sets ("put the turnout at 200,000", "police put the crowd at 45,000"). */
const TALLY = /^(?:toll|tolls|figure|figures|count|tally|tallies|estimate|estimates|turnout|attendance|crowd)$/iu;
/** Nouns naming a count of anything, which a statement or an act may set. */
const NUMBER = /^(?:number|numbers|total)$/iu;
/** The count noun follows the verb within this many tokens ("revised the Lume death toll"). */
const TO_NOUN = 6;
/** "to" or "at" follows the noun within this many tokens of its clause ("the number of people killed to", "the toll in Saturday's mall shooting in Riverton down to"). */
const TO_PREPOSITION = 12;
/** Words of a day set between a subject and its verb ("Officials on Sunday revised", "Police late Monday put"). */
const DAY_SETTING = /^(?:on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|morning|afternoon|evening|night)$/iu;
/** An aside between the subject and the verb is at most this many tokens ("in a Telegram post"). */
const ASIDE = 8;
/** The number follows "to" or "at" within this many tokens ("at about 1,200"). */
const TO_NUMBER = 3;

export function figureVerb(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let k = first + 1; k <= last; k++) {
    const verb = tokens[k]!;
    const lemma = verb.lemma.toLowerCase();
    const cites = CITES.has(lemma);
    const finds = FINDS.has(lemma) && numberFollows(view, k, last);
    if (verb.pos !== 'VERB' || !(finds || ((STATES.has(lemma) || CHANGES.has(lemma) || cites) && setsCount(view, k, last, STATES.has(lemma), cites)))) continue;
    // the subject ends before the verb, past auxiliaries, adverbs ("has since revised") and a day ("Officials on Sunday revised")
    let end = k - 1;
    while (end >= first && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'PART' || DAY_SETTING.test(tokens[end]!.text))) end--;
    // "The ministry, in a Telegram post, put the toll at 40": an aside with no verb set off by commas lies between them
    if (tokens[end]?.text === ',') {
      let open = end - 1;
      // ("Officials, citing hospital records, put …": a participle may open the aside)
      const participle = (k: number) => tokens[k]!.pos === 'VERB' && /(?:ing|ed)$/iu.test(tokens[k]!.text) && tokens[k - 1]?.text === ',';
      while (open > first && end - open <= ASIDE && tokens[open]!.text !== ',' && (!/^(?:VERB|AUX)$/u.test(tokens[open]!.pos) || participle(open))) open--;
      if (open > first && tokens[open]!.text === ',') end = open - 1;
    }
    const simple = end >= first ? phraseEndingAt(tokens, end, first) : null;
    // "An independent count by the research firm Occurrence for several media outlets found 68,000": the count and all it is by
    const phrase = finds && simple ? studySubject(view, simple, first) : simple;
    // "this put the toll at 40" names nobody; "It had earlier put the toll at 38" is the body named before (resolve-source.ts)
    if (!phrase || /^(?:this|that)$/iu.test(tokens[phrase[0]]!.text) || (sentence === 0 && /^it$/iu.test(tokens[phrase[0]]!.text))) continue;
    const content = contentAfter(view, k + 1, last);
    if (!content) continue;
    const cue: Span = { start: verb.start, end: verb.end };
    const source: Span = { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end };
    out.push({ rule: 'attribution/figure-verb', kind: 'indirect', cue, source, content: [content], unsourced: false });
  }
  return out;
}

/** Whether the verb at `k` sets a count: a tally (or, for a verb of stating, any number), then "to" or "at" ("of" for a verb citing one), then a number. */
function setsCount(view: View, k: number, last: number, stating: boolean, citing: boolean): boolean {
  const preposition = citing ? /^of$/iu : /^(?:to|at)$/iu;
  const { tokens } = view;
  for (let n = k + 1; n <= Math.min(last, k + TO_NOUN); n++) {
    if (!TALLY.test(tokens[n]!.text) && !(stating && NUMBER.test(tokens[n]!.text))) continue;
    // within the clause: "the toll in Saturday's shooting at the mall in Riverton down to seven"
    for (let p = n + 1; p <= Math.min(last, n + TO_PREPOSITION); p++) {
      if (/^[,;:.!?—–]$/u.test(tokens[p]!.text)) return false;
      if (!preposition.test(tokens[p]!.text)) continue;
      if (numberFollows(view, p, last)) return true;
    }
    return false;
  }
  return false;
}

/** Whether a number follows token `k` within TO_NUMBER tokens ("found at least 120", "at about 1,200"). */
function numberFollows(view: View, k: number, last: number): boolean {
  for (let q = k + 1; q <= Math.min(last, k + TO_NUMBER); q++) if (view.tokens[q]!.pos === 'NUM') return true;
  return false;
}

/** How far left of a finding verb's subject phrase the count or study it is part of may start. */
const STUDY_REACH = 16;

/**
 * The subject of a finding verb when it is a count or a study ("A Reuters tally", "An independent
 * count by the firm Occurrence for several outlets"): from the study noun's phrase to the end of
 * `phrase`, over prepositional phrases after it; null when no study heads it ("Police found 12 bodies":
 * their findings are no claim).
 */
function studySubject(view: View, phrase: readonly [number, number], first: number): [number, number] | null {
  const { tokens } = view;
  for (let j = phrase[1]; j >= Math.max(first, phrase[1] - STUDY_REACH); j--) {
    const t = tokens[j]!;
    if (/^(?:VERB|AUX)$/u.test(t.pos) || /^[,;:—–()]$/u.test(t.text)) return null;
    if (!STUDY.test(t.text) || !(j === phrase[1] || /^(?:by|of|for|from)$/iu.test(tokens[j + 1]!.text))) continue;
    const head = phraseEndingAt(tokens, j, first);
    return head ? [head[0], phrase[1]] : null;
  }
  return null;
}
