/**
 * "Ask yourself: …", "(think Brexit)", "Let's say you …", "Now tell us …": a cue verb in the
 * imperative addresses the reader; nobody is reported as saying anything. Measured on PolNeAR's
 * train split: 4 of 18 such cues were annotated as attributions.
 */
import { firstStartingAt } from '../../model/span.js';
import type { Proposal, View } from './view.js';

/** Words that may come before an imperative at the start of a sentence ("please" anywhere). */
const LEAD_IN = /^(?:please|now|just|so|then)$/iu;

/** Whether the proposal's cue is a bare verb opening its sentence [first, …], a parenthesis, or "let's"/"please". */
export function isImperative(view: View, first: number, proposal: Proposal): boolean {
  const { tokens } = view;
  if (!proposal.cue) return false;
  const i = firstStartingAt(tokens, proposal.cue.start);
  const verb = tokens[i];
  if (!verb || verb.start !== proposal.cue.start || verb.pos !== 'VERB' || verb.text.toLowerCase() !== verb.lemma.toLowerCase()) return false;
  const prev = i > first ? tokens[i - 1]! : undefined;
  if (!prev || prev.text === '(') return true;
  if (/^(?:'s|’s|us)$/iu.test(prev.text) && i - 2 >= first && /^let$/iu.test(tokens[i - 2]!.text)) return true;
  return LEAD_IN.test(prev.text) && (prev.text.toLowerCase() === 'please' || i - 1 === first);
}
