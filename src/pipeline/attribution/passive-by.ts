/**
 * "This was announced by Ukrainian leader X.": a passive reporting verb whose agent follows "by"
 * and whose content is the previous sentence, pointed to by a demonstrative subject.
 */
import type { Span } from '../../model/doc.js';
import { phraseStartingAt } from './source-phrase.js';
import type { Proposal, View } from './view.js';

const PASSIVE = /^(?:announced|reported|said|stated|confirmed|revealed|disclosed|claimed|declared|noted|stressed|emphasized|emphasised|written|tweeted|posted)$/iu;
const DEMONSTRATIVE = /^(?:this|that|it|these|those)$/iu;
const FINAL = /^[.!?…]+$/u;

export function passiveBy(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  if (sentence === 0 || !DEMONSTRATIVE.test(tokens[first]!.text)) return [];
  for (let i = first + 1; i < last && i <= first + 4; i++) {
    if (!PASSIVE.test(tokens[i]!.text) || tokens[i + 1]!.text.toLowerCase() !== 'by') continue;
    const np = phraseStartingAt(tokens, i + 2, last);
    if (!np) return [];
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
