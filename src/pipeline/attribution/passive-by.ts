/**
 * "This was announced by Ukrainian leader X.": a passive reporting verb whose agent follows "by"
 * (also past a setting: "announced on Facebook by X") and whose content is the previous sentence,
 * pointed to by a demonstrative subject.
 */
import type { Span } from '../../model/doc.js';
import { phraseStartingAt } from './source-phrase.js';
import type { Proposal, View } from './view.js';

const PASSIVE = /^(?:announced|reported|said|stated|confirmed|revealed|disclosed|claimed|declared|noted|stressed|emphasized|emphasised|written|tweeted|posted)$/iu;
const DEMONSTRATIVE = /^(?:this|that|it|these|those)$/iu;
const FINAL = /^[.!?…]+$/u;
/** Prepositions of a setting ("on Facebook", "in a statement", "during a briefing"): where it was said, not who said it. */
const SETTING = /^(?:on|in|at|during|via|through)$/iu;
/** A setting between the verb and "by" is at most this many tokens ("on his Telegram channel"). */
const SETTING_REACH = 5;

/** The index of the "by" opening the agent at or after token `k` (past one setting: "announced on Facebook by"), or -1. */
export function agentBy(tokens: View['tokens'], k: number, last: number): number {
  if (tokens[k]?.text.toLowerCase() === 'by') return k;
  if (!SETTING.test(tokens[k]?.text ?? '')) return -1;
  for (let m = k + 1; m <= Math.min(last, k + SETTING_REACH); m++) {
    const t = tokens[m]!;
    if (t.text.toLowerCase() === 'by') return m;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** Punctuation or a lowercase verb ends an agent phrase; a capitalised "verb" is part of a name ("the Center for Countering Disinformation"). */
const endsAgent = (t: View['tokens'][number]): boolean => t.pos === 'PUNCT' || ((t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text));

/** The agent phrase without a setting after it: "the governor | on Facebook". */
function withoutSetting(tokens: View['tokens'], [from, to]: [number, number]): [number, number] {
  for (let m = from + 1; m <= to; m++) if (tokens[m]!.pos === 'ADP' && SETTING.test(tokens[m]!.text) && !/^in$/iu.test(tokens[m]!.text)) return [from, m - 1];
  return [from, to];
}

export function passiveBy(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  if (sentence === 0 || !DEMONSTRATIVE.test(tokens[first]!.text)) return [];
  for (let i = first + 1; i < last && i <= first + 4; i++) {
    if (!PASSIVE.test(tokens[i]!.text)) continue;
    const by = agentBy(tokens, i + 1, last);
    if (by < 0) continue;
    const found = phraseStartingAt(tokens, by + 1, last);
    if (!found) return [];
    // the agent runs to the clause's end ("the head of the Center for Countering Disinformation X"), less a setting after it
    let agentEnd = found[1];
    while (agentEnd < last && !endsAgent(tokens[agentEnd + 1]!)) agentEnd++;
    const np = withoutSetting(tokens, [found[0], agentEnd]);
    const [pFirst, pLast] = view.sentenceTokens[sentence - 1]!;
    if (pLast < pFirst) return [];
    const end = FINAL.test(tokens[pLast]!.text) && pLast > pFirst ? pLast - 1 : pLast;
    const content: Span = { start: tokens[pFirst]!.start, end: tokens[end]!.end };
    return [{
      rule: 'attribution/passive-by',
      kind: 'indirect',
      cue: { start: tokens[first + 1]!.start, end: tokens[i]!.end },
      source: { start: tokens[np[0]]!.start, end: tokens[np[1]]!.end },
      content: [content],
      unsourced: false,
    }];
  }
  return [];
}
