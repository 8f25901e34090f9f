/**
 * Whose the counted are, for a loss: "Russia lost 1,230 soldiers", "the Ukrainian army has lost up
 * to 400 servicemen". Each side reports the other's losses, so two such figures measure the same
 * thing only when the same side lost them; the owner goes into the trail's subject key.
 */
import type { Span, Token } from '../../model/doc.js';
import { phraseEndingAt } from '../attribution/source-phrase.js';

const LOSS_VERB = /^(?:lost|loses|lose|losing)$/iu;
/** Words between the verb and the figure: a bound ("lost more than 1,000", "loses up to"). */
const BOUND_WORD = /^(?:more|fewer|less|than|over|nearly|almost|about|around|some|up|to|at|least|as|many|another|a|further|an|estimated|roughly|approximately)$/iu;
/** Between the owner and the verb: auxiliaries and adverbs ("has reportedly lost", "had already lost"). */
const BEFORE_VERB = /^(?:AUX|ADV|PART)$/u;
/** A pronoun or a relative names no side by itself. */
const NO_SIDE = /^(?:it|they|he|she|we|i|you|who|which|that)$/iu;

/** The phrase that lost the figure at `figure` (sentence `tokens`), or null when no loss verb governs it. */
export function ownerOf(tokens: readonly Token[], figure: Span): Span | null {
  let k = tokens.findIndex((t) => t.start >= figure.start) - 1;
  if (k < 0) return null;
  while (k >= 0 && BOUND_WORD.test(tokens[k]!.text) && tokens[k]!.end <= figure.start) k--;
  if (k < 1 || !LOSS_VERB.test(tokens[k]!.text)) return null;
  k--;
  while (k >= 0 && BEFORE_VERB.test(tokens[k]!.pos)) k--;
  if (k < 0 || NO_SIDE.test(tokens[k]!.text)) return null;
  const phrase = phraseEndingAt(tokens, k, 0);
  return phrase ? { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end } : null;
}
