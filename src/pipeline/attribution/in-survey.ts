/**
 * "In a CBS News poll released Monday, 50 percent chose Clinton.": a poll or survey named at the
 * head of a sentence is the source of what the sentence reports, as PolNeAR annotates it (cue
 * "In"). Measured on the train split: the shape was annotated in 17 of its 23 matches.
 */
import type { Span } from '../../model/doc.js';
import { contentAfter } from './content-span.js';
import type { Proposal, View } from './view.js';

const SURVEY = /^(?:poll|polls|survey|surveys)$/iu;
/** The poll phrase ends at its comma within this many tokens. */
const MAX_PHRASE = 16;
/** Words before the head that make it something else than the poll's own name: "In eight states where exit polls ...", "In a memo released as polls closed". */
const NOT_BEFORE_HEAD = /^(?:where|when|which|who|as|of|after|before|since|while|than)$/iu;

export function inSurvey(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  if (!/^in$/iu.test(tokens[first]!.text)) return [];
  let head = -1, comma = -1;
  for (let k = first + 1; k <= Math.min(last, first + MAX_PHRASE); k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      comma = k;
      break;
    }
    if (head < 0 && SURVEY.test(t.text)) head = k;
    if (head < 0 && (t.pos === 'VERB' || t.pos === 'AUX' || NOT_BEFORE_HEAD.test(t.text))) return [];
  }
  // content: the clause after the comma, a few words at least ("In the polls, anyway." is no report)
  if (head < 0 || comma < 0 || last - comma < 4) return [];
  const content = contentAfter(view, comma + 1, last);
  if (!content) return [];
  const cue: Span = { start: tokens[first]!.start, end: tokens[first]!.end };
  const source: Span = { start: tokens[first + 1]!.start, end: tokens[comma - 1]!.end };
  return [{ rule: 'attribution/in-survey', kind: 'according-to', cue, source, content: [content], unsourced: false }];
}
