/**
 * "Syrskyi was quoted by Ukrinform as saying that …": the subject of a passive "quoted" is who
 * said it, whoever quoted them ("by Ukrinform") sits inside the cue, and the content follows
 * "as saying". (The learned tagger reads "was quoted as saying" with nothing between; a relay
 * named between the words breaks it.)
 */
import { contentAfter } from './content-span.js';
import { openingSubject, phraseEndingAt } from './source-phrase.js';
import type { Proposal, View } from './view.js';

const BE = /^(?:is|was|were|are|been|being)$/iu;
/** Words between "quoted" and "as saying": "by state news agency Ukrinform", "on Monday". */
const MAX_BETWEEN = 8;

/** Whether "as saying" (or "as stating") starts at token `k`. */
const asSaying = (tokens: View['tokens'], k: number): boolean => tokens[k]?.text.toLowerCase() === 'as' && /^(?:saying|stating)$/iu.test(tokens[k + 1]?.text ?? '');

export function quotedAsSaying(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let i = first + 1; i < last; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'quoted' || !BE.test(tokens[i - 1]!.text)) continue;
    let as = i + 1;
    while (as < last && as - i <= MAX_BETWEEN && !asSaying(tokens, as) && !/^[,;:"“”]$/u.test(tokens[as]!.text)) as++;
    if (as >= last || !asSaying(tokens, as)) continue;
    // "has been quoted", "was widely quoted": auxiliaries and adverbs before the participle are the cue's
    let cueStart = i - 1;
    while (cueStart - 1 >= first && /^(?:AUX|ADV|PART)$/u.test(tokens[cueStart - 1]!.pos)) cueStart--;
    // the subject: a noun phrase, or a short run of words opening the sentence ("The general", which the tagger may read as an adjective)
    const source = phraseEndingAt(tokens, cueStart - 1, first) ?? openingSubject(tokens, first, cueStart - 1);
    let k = as + 2;
    if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k++;
    const content = contentAfter(view, k, last);
    // no phrase read before the cue: the role tagger places the speaker (place-roles.ts)
    if (!content) continue;
    out.push({
      rule: 'attribution/quoted-as-saying',
      kind: 'indirect',
      cue: { start: tokens[cueStart]!.start, end: tokens[as + 1]!.end },
      source: source ? { start: tokens[source[0]]!.start, end: tokens[source[1]]!.end } : null,
      content: [content],
      unsourced: false,
    });
  }
  return out;
}
