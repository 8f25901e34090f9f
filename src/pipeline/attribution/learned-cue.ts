/**
 * Cues found by the learned tagger (see cue-tagger.ts), with source and content placed by the
 * same rules as lexicon cues. Catches the long tail of cues: "criticized", "called for", "is expected".
 */
import { cueGerunds, cueVerbs } from '../../lexicons/cues.js';
import { tagCues } from './cue-tagger.js';
import { attachRoles } from './reporting-verb.js';
import { anonymityAsideBefore } from './anonymity-clause.js';
import { followsComma, type Proposal, type View } from './view.js';

/** Words that open a participle's clause: "by remembering", "while saying", "after seeking". */
const SUBORDINATOR = /^(?:by|while|after|before|since|without|when|in)$/iu;

/** The words between a verb cue and its noun that make them one cue: a preposition and a determiner ("said in a statement", "told in an interview"). */
const PREPOSITION = /^(?:in|on|during)$/iu;
const DETERMINER = /^(?:a|an|the|his|her|its|their)$/iu;

/**
 * The tagger cannot carry a cue through a determiner (it tags them O), so "said in a statement"
 * comes out as two cues, "said in" and "statement". They are one: PolNeAR marks the whole phrase
 * (46 times on train, against 22 for the verb alone), and never the noun alone (no cue starts at
 * it in the 268 such phrases on train).
 */
function joinNounCues(tokens: View['tokens'], spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && span[0] === span[1] && tokens[span[0]]!.pos === 'NOUN' && span[0] - prev[1] >= 2 && span[0] - prev[1] <= 3) {
      const gap = tokens.slice(prev[1] + 1, span[0]);
      const between = tokens.slice(prev[0], span[0]);
      if (gap.every((t) => PREPOSITION.test(t.text) || DETERMINER.test(t.text)) && gap.some((t) => DETERMINER.test(t.text)) && between.some((t) => t.pos === 'VERB') && between.some((t) => PREPOSITION.test(t.text))) {
        out[out.length - 1] = [prev[0], span[1]];
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/** Speech verbs whose "that" clause may follow a setting; not those whose prepositional object is what they report ("responded to accusations that …", "asked about claims that …"). */
const SETTING_VERBS: ReadonlySet<string> = new Set(cueVerbs.map((v) => v.lemma).filter((lemma) => !['respond', 'reply', 'answer', 'comment', 'ask', 'point'].includes(lemma)));
const SETTING_PREPOSITION = /^(?:on|in|during|at|for|over|to)$/iu;
/** A setting between a cue and its "that" clause is at most this many tokens ("on his Telegram channel"). */
const SETTING_REACH = 5;

/**
 * "wrote on Telegram that …": the tagger may end a cue on the preposition of a setting (PolNeAR
 * has "wrote on Twitter" as a cue 3 times, "wrote" alone 225). Where a "that" clause follows the
 * setting, the preposition is not part of the cue, and the content starts at "that".
 */
function withoutSettingPreposition(tokens: View['tokens'], [a, b]: [number, number], last: number): [number, number] {
  if (b <= a || !SETTING_PREPOSITION.test(tokens[b]!.text) || !tokens.slice(a, b).some((t) => t.pos === 'VERB' && SETTING_VERBS.has(t.lemma.toLowerCase()))) return [a, b];
  for (let k = b + 2; k <= Math.min(last, b + SETTING_REACH + 1); k++) {
    const t = tokens[k]!;
    if (t.text.toLowerCase() === 'that') return [a, b - 1];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
  }
  return [a, b];
}

/** "who declined to be identified | told": a cue the tagger opened inside an anonymity aside starts after it. */
function withoutAnonymityAside(view: View, [a, b]: [number, number]): [number, number] {
  const { tokens, text } = view;
  for (let k = b; k > a; k--) {
    const at = anonymityAsideBefore(text, tokens[k - 1]!.end);
    if (at >= 0 && at <= tokens[a]!.start) return [k, b];
  }
  return [a, b];
}

export function learnedCue(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (const [a, b] of joinNounCues(tokens, tagCues(view, first, last)).map((span) => withoutAnonymityAside(view, withoutSettingPreposition(tokens, span, last)))) {
    let head = b;
    while (head > a && tokens[head]!.pos !== 'VERB') head--;
    const t = tokens[head]!;
    // ", saying …", "by remembering …", "while discussing …": a participle takes the clause's subject
    const gerund = (cueGerunds.has(t.text.toLowerCase()) || /ing$/u.test(t.text)) && a > first && (followsComma(view.text, tokens[a]!.start) || SUBORDINATOR.test(tokens[a - 1]!.text));
    const p = attachRoles(view, first, last, a, b, t.pos === 'VERB' ? t.lemma.toLowerCase() : null, gerund, true);
    if (p) out.push({ ...p, rule: 'attribution/learned-cue' });
  }
  return out;
}
