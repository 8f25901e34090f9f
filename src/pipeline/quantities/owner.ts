/**
 * Whose the counted are: for a loss, "Russia lost 1,230 soldiers", "the Ukrainian army has lost up
 * to 400 servicemen", "Russian losses exceeded 3,000"; for a share of the vote, "Hale won 52.3%".
 * Each side reports the other's losses, and each candidate has a share, so two such figures measure
 * the same thing only when they are the same side's; the owner goes into the trail's subject key.
 */
import type { Span, Token } from '../../model/doc.js';
import { phraseEndingAt } from '../attribution/source-phrase.js';

const LOSS_VERB = /^(?:lost|loses|lose|losing)$/iu;
/** "have suffered 4,000 casualties": a verb of undergoing, which owns the figure only when a loss noun follows it. */
const SUFFER_VERB = /^(?:suffered|suffers|suffer|suffering|sustained|sustains|sustain|incurred|incurs|incur)$/iu;
/** Words between the verb and the figure: a bound ("lost more than 1,000", "loses up to"). */
const BOUND_WORD = /^(?:more|fewer|less|than|over|nearly|almost|about|around|some|up|to|at|least|as|many|another|a|further|an|estimated|roughly|approximately)$/iu;
/** Between the owner and the verb: auxiliaries and adverbs ("has reportedly lost", "had already lost"). */
const BEFORE_VERB = /^(?:AUX|ADV|PART)$/u;
/** A pronoun or a relative names no side by itself. */
const NO_SIDE = /^(?:it|they|he|she|we|i|you|who|which|that)$/iu;
/** A person's pronoun, which may hold a share of the vote (a candidate, not a side); the store names whom it stands for. */
export const PERSONAL_OWNER = /^(?:he|she)$/iu;

const LOSS_NOUN = /^(?:losses|casualties)$/iu;
/** How far before the figure a loss noun may stand: "Russia's losses in the Kursk region exceeded 3,000". */
const LOSS_NOUN_REACH = 8;

/**
 * Whose the figure at `figure` (sentence `tokens`) is: for a share of the vote, the subject of the
 * verb that has it; else the subject of a loss verb governing it, or the owner of a loss noun before
 * it in its clause ("Russia's losses", "Russian losses", "the losses of the Ukrainian army"); null
 * when none.
 */
export function ownerOf(tokens: readonly Token[], figure: Span, categories: readonly string[]): Span | null {
  const at = tokens.findIndex((t) => t.start >= figure.start);
  if (at <= 0) return null;
  // "Hale won 52.3% of the vote": a share of the vote is its winner's
  // ("saying she had won 51%": a candidate speaks of herself; the store names whom the pronoun stands for)
  if (categories.includes('votes')) return verbSubject(tokens, at, VOTE_VERB, PERSONAL_OWNER) ?? labelHolder(tokens, at);
  return verbSubject(tokens, at, LOSS_VERB) ?? (LOSS_NOUN.test(tokens[at + 1]?.text ?? '') ? verbSubject(tokens, at, SUFFER_VERB) : null) ?? lossNounOwner(tokens, at);
}

/** The name ("Voss", "Hale's party") that holds the share at `figure` by a verb of the vote ("Voss took 44.1%") or a results label, else null. */
export function namedVoteHolder(tokens: readonly Token[], figure: Span): Span | null {
  const holder = ownerOf(tokens, figure, ['votes']);
  return holder && tokens.some((t) => t.pos === 'PROPN' && t.start >= holder.start && t.end <= holder.end) ? holder : null;
}

/** A results line's label: "Hale: 52.3%", "Erik Hale (NP) – 52.3%". */
function labelHolder(tokens: readonly Token[], at: number): Span | null {
  let k = at - 1;
  if (k < 1 || !/^[:–—-]$/u.test(tokens[k]!.text)) return null;
  k--;
  // a party in brackets after the name
  if (tokens[k]!.text === ')') while (k > 0 && tokens[k]!.text !== '(') k--;
  if (tokens[k]!.text === '(') k--;
  if (k < 0 || tokens[k]!.pos !== 'PROPN') return null;
  let start = k;
  while (start > 0 && tokens[start - 1]!.pos === 'PROPN' && tokens[start - 1]!.sentence === tokens[k]!.sentence) start--;
  return { start: tokens[start]!.start, end: tokens[k]!.end };
}

/** Verbs whose subject holds a share of the vote: "won", "took", "had", "finished with". */
const VOTE_VERB = /^(?:won|wins|win|took|takes|take|had|has|have|got|gets|received|receives|secured|secures|garnered|polled|polls|led|leads|finished|scored|obtained)$/iu;

function lossNounOwner(tokens: readonly Token[], at: number): Span | null {
  for (let k = at - 1; k >= 0 && at - k <= LOSS_NOUN_REACH && !/^[,;:.]$/u.test(tokens[k]!.text); k--) {
    if (!LOSS_NOUN.test(tokens[k]!.text)) continue;
    const before = tokens[k - 1];
    // "Russia's losses", "the enemy's losses"
    if (before && /^['’]s?$/u.test(before.text) && k >= 2) return spanOf(tokens, phraseEndingAt(tokens, k - 2, 0));
    // "Russian losses", "North Korean losses": a name-like modifier
    if (before && before.pos === 'PROPN') {
      let first = k - 1;
      while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first--;
      return { start: tokens[first]!.start, end: before.end };
    }
    // "the losses of the Ukrainian army"
    if (tokens[k + 1]?.text.toLowerCase() === 'of') return spanOf(tokens, phraseStartingAfterOf(tokens, k + 2, at));
    return null;
  }
  return null;
}

/** The noun phrase from `from` up to (not including) the figure at `at`, cut before a verb. */
function phraseStartingAfterOf(tokens: readonly Token[], from: number, at: number): [number, number] | null {
  let end = from;
  while (end < at && /^(?:DET|ADJ|NOUN|PROPN|PART)$/u.test(tokens[end]!.pos)) end++;
  return end > from ? [from, end - 1] : null;
}

/** How far before "with" the verb of the vote may stand ("won Ostrava's presidential run-off with"). */
const WITH_REACH = 8;

const spanOf = (tokens: readonly Token[], range: [number, number] | null): Span | null => (range ? { start: tokens[range[0]]!.start, end: tokens[range[1]]!.end } : null);

/** The subject of a `verb` governing the figure at token `at`, past a bound ("lost more than") or "with" ("finished with"). */
function verbSubject(tokens: readonly Token[], at: number, verb: RegExp, allowed?: RegExp): Span | null {
  let k = at - 1;
  if (k < 0) return null;
  while (k >= 0 && BOUND_WORD.test(tokens[k]!.text)) k--;
  // "finished with", "won re-election with", "won Ostrava's presidential run-off with"
  if (k >= 1 && /^with$/iu.test(tokens[k]!.text)) {
    const withAt = k;
    // (not past another figure: "had 52.3% of the vote with 98% of ballots counted")
    for (k = withAt - 1; k > 0 && withAt - k <= WITH_REACH && !verb.test(tokens[k]!.text) && !/^[,;:]$/u.test(tokens[k]!.text) && tokens[k]!.pos !== 'NUM'; k--);
  }
  if (k < 1 || !verb.test(tokens[k]!.text)) return null;
  k--;
  while (k >= 0 && BEFORE_VERB.test(tokens[k]!.pos)) k--;
  // "His challenger, Mira Voss, took": the name in commas before the verb
  if (k > 0 && tokens[k]!.text === ',') k--;
  if (k < 0 || (NO_SIDE.test(tokens[k]!.text) && !allowed?.test(tokens[k]!.text))) return null;
  let phrase = phraseEndingAt(tokens, k, 0);
  // "North Korean forces in Kursk had lost": the place where they are is not whose the losses are
  // ("North Korean troops fighting for Russia have suffered": nor the side they fight for)
  // (the words between the side and the phrase: a preposition of place, or a participle and its preposition)
  const between = !phrase ? 0 : /^(?:in|at|near|on)$/iu.test(tokens[phrase[0] - 1]?.text ?? '') ? 1 : /^(?:for|alongside|with)$/iu.test(tokens[phrase[0] - 1]?.text ?? '') && /ing$/iu.test(tokens[phrase[0] - 2]?.text ?? '') ? 2 : 0;
  if (phrase && between > 0 && phrase[0] > between) {
    const head = phraseEndingAt(tokens, phrase[0] - between - 1, 0);
    if (head && /^(?:NOUN|PROPN)$/u.test(tokens[head[1]]!.pos)) phrase = head;
  }
  // "Velm, the capital, lost": a description in commas stands for the name before it
  if (phrase && /^(?:the|a|an)$/iu.test(tokens[phrase[0]]!.text) && tokens[phrase[0] - 1]?.text === ',' && phrase[0] >= 2) {
    const named = phraseEndingAt(tokens, phrase[0] - 2, 0);
    if (named && tokens[named[1]]!.pos === 'PROPN') return spanOf(tokens, named);
  }
  return spanOf(tokens, phrase);
}
