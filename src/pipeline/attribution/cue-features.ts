/**
 * Features of one token for the learned cue tagger: the word, its lemma and POS, its neighbours,
 * whether it sits in a quotation, whether a complement ("that", a quote, a colon) follows, the
 * next verb ("is also *calling*") and how many verbs come before it. Shared by training
 * (scripts/train.ts, as strings) and tagging (cue-lookup.ts, part by part): both see the same features.
 */
import type { Token } from '../../model/doc.js';
import { cueVerbs } from '../../lexicons/cues.js';
import { QUOTE_MARK } from './view.js';
import { lowered } from './token-words.js';

/** Weight rows of the tag transitions (prev -> tag), stored beside the features: `T${prev}` for prev O, B, I, and the start. */
export const TRANSITION_ROWS = ['TO', 'TB', 'TI', 'T<s>'] as const;

const LEXICON = new Set<string>(cueVerbs.map((v) => v.lemma));

/** Names of the feature templates, in the order `eachCueFeature` emits them; a key is `name=part|part…` ("bias" alone). */
export const CUE_TEMPLATES = [
  'bias', 'w', 'l', 'p', 'lex', 'suf', 'w-1', 'w+1', 'p-1', 'p+1', 'p-2', 'p+2', 'w-1|w', 'w|w+1', 'l|p-1', 'l|comp', 'comp', 'q', 'q|l', 'first',
  'w-2', 'w+2', 'l-1', 'l+1', 'l|w+1', 'l|p+1', 'p-1|p|p+1', 'cap', 'afterQuote', 'subj', 'quotes', 'toEnd', 'l|toEnd', 'vb', 'nv', 'nvlex', 'w-1|l',
] as const;

/**
 * Where the parts of a feature come from: the token list's words as strings (training, and the
 * reference scoring) or as ids interned once per document (tagging, cue-lookup.ts), so that
 * scoring a token looks up no strings.
 */
export interface CueParts<P> {
  /** Lowercased word, lemma, POS and three-letter suffix of token k. */
  word(k: number): P;
  lemma(k: number): P;
  pos(k: number): P;
  suffix(k: number): P;
  /** A value of a closed set ('<s>', 'true', counts, kinds). */
  of(value: string): P;
}

/** Receives each feature: its template (index into CUE_TEMPLATES) and up to three parts. An object, reused across tokens: no closure per token. */
export interface FeatureSink<P = string> { emit(template: number, a?: P, b?: P, c?: P): void }

const START = '<s>';
const BOOL = (x: boolean) => (x ? 'true' : 'false');
const COUNT = ['0', '1', '2', '3', '4'];

/** The string parts of a token list: its lowercased words and lemmas. */
export function stringParts(tokens: readonly Token[]): CueParts<string> {
  const { word, lemma } = lowered(tokens);
  return { word: (k) => word[k]!, lemma: (k) => lemma[k]!, pos: (k) => tokens[k]!.pos, suffix: (k) => suffixOf(word[k]!), of: (value) => value };
}

export const suffixOf = (w: string): string => (w.length > 3 ? w.slice(-3) : w);

/**
 * Features of token `i` in sentence [first, last], given to `sink` part by part from `parts`; the
 * rules that choose a part read the words as strings. `inQuote` is precomputed per token. The tag
 * before it is the transitions' part.
 */
export function eachCueFeature<P>(tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean, parts: CueParts<P>, sink: FeatureSink<P>): void {
  const { word, lemma } = lowered(tokens);
  const t = tokens[i]!;
  const l = lemma[i]!;
  const w = parts.word(i), lp = parts.lemma(i), p = parts.pos(i);
  const start = parts.of(START);
  const next = wordAt(parts, first, last, i + 1, start), prev = wordAt(parts, first, last, i - 1, start);
  const verbAfter = nextVerb(tokens, i, last);
  let complement = 'none';
  for (let k = i + 1; k <= Math.min(last, i + 4); k++) {
    const x = word[k]!;
    if (x === 'that' || x === ':' || x === '“' || x === '"' || x === "''") {
      complement = x === 'that' ? 'that' : x === ':' ? 'colon' : 'quote';
      break;
    }
  }
  const before = i - 1 >= first ? tokens[i - 1]!.text : '';
  const afterQuote = CLOSING.test(before) || (before === ',' && CLOSING.test(i - 2 >= first ? tokens[i - 2]!.text : ''));
  const comp = parts.of(complement);
  sink.emit(0);
  sink.emit(1, w);
  sink.emit(2, lp);
  sink.emit(3, p);
  sink.emit(4, parts.of(BOOL(LEXICON.has(l))), p);
  sink.emit(5, parts.suffix(i));
  sink.emit(6, prev);
  sink.emit(7, next);
  sink.emit(8, posAt(parts, first, last, i - 1, start));
  sink.emit(9, posAt(parts, first, last, i + 1, start));
  sink.emit(10, posAt(parts, first, last, i - 2, start));
  sink.emit(11, posAt(parts, first, last, i + 2, start));
  sink.emit(12, prev, w);
  sink.emit(13, w, next);
  sink.emit(14, lp, posAt(parts, first, last, i - 1, start));
  sink.emit(15, lp, comp);
  sink.emit(16, comp, p);
  sink.emit(17, parts.of(BOOL(inQuote)));
  sink.emit(18, parts.of(BOOL(inQuote)), lp);
  sink.emit(19, parts.of(BOOL(i === first)));
  sink.emit(20, wordAt(parts, first, last, i - 2, start));
  sink.emit(21, wordAt(parts, first, last, i + 2, start));
  sink.emit(22, i - 1 >= first ? parts.lemma(i - 1) : start);
  sink.emit(23, i + 1 <= last ? parts.lemma(i + 1) : start);
  sink.emit(24, lp, next);
  sink.emit(25, lp, posAt(parts, first, last, i + 1, start));
  sink.emit(26, posAt(parts, first, last, i - 1, start), p, posAt(parts, first, last, i + 1, start));
  sink.emit(27, parts.of(BOOL(CAPITAL.test(t.text))), p);
  sink.emit(28, parts.of(BOOL(afterQuote)), p);
  sink.emit(29, parts.of(subject(tokens, i, first)), lp);
  sink.emit(30, parts.of(quoteSides(tokens, i, first, last)), p);
  sink.emit(31, parts.of(COUNT[Math.min(last - i, 4)]!), p);
  sink.emit(32, lp, parts.of(COUNT[Math.min(last - i, 3)]!));
  sink.emit(33, parts.of(verbsBefore(tokens, lemma, i, first)), p);
  sink.emit(34, verbAfter < 0 ? parts.of(NO_VERB) : parts.lemma(verbAfter), w);
  sink.emit(35, parts.of(BOOL(verbAfter >= 0 && LEXICON.has(lemma[verbAfter]!))), p);
  sink.emit(36, prev, lp);
}

const CAPITAL = /^\p{Lu}/u;
// module functions, not closures: eachCueFeature runs for every scored token
const wordAt = <P>(parts: CueParts<P>, first: number, last: number, k: number, start: P): P => (k >= first && k <= last ? parts.word(k) : start);
const posAt = <P>(parts: CueParts<P>, first: number, last: number, k: number, start: P): P => (k >= first && k <= last ? parts.pos(k) : start);

/** The string key of a feature: `name=part|part…`, or the template's name alone. */
export function featureKey(template: number, a?: string, b?: string, c?: string): string {
  const name = CUE_TEMPLATES[template]!;
  return a === undefined ? name : `${name}=${a}${b === undefined ? '' : `|${b}`}${c === undefined ? '' : `|${c}`}`;
}

/** The string keys of token `i`'s features (training, and the reference the lookup is tested against). */
export function cueFeatures(tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean): string[] {
  const out: string[] = [];
  eachCueFeature(tokens, i, first, last, inQuote, stringParts(tokens), { emit: (k, a, b, c) => out.push(featureKey(k, a, b, c)) });
  return out;
}

const VERBS_BEFORE = ['0', '1', '2', '0x', '1x', '2x'];

/** How many verbs come before token `i` in its sentence (0, 1, 2 or more), and whether one is a lexicon cue. */
function verbsBefore(tokens: readonly Token[], lemma: readonly string[], i: number, first: number): string {
  let n = 0, lex = false;
  for (let k = first; k < i; k++) if (tokens[k]!.pos === 'VERB') { n++; lex ||= LEXICON.has(lemma[k]!); }
  return VERBS_BEFORE[Math.min(n, 2) + (lex ? 3 : 0)]!;
}

/** The part for "no verb follows". */
const NO_VERB = '-';

/** The next verb within three tokens, skipping adverbs, auxiliaries and particles ("is also calling"), or -1. */
function nextVerb(tokens: readonly Token[], i: number, last: number): number {
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) {
    const p = tokens[k]!.pos;
    if (p === 'VERB') return k;
    if (p !== 'ADV' && p !== 'AUX' && p !== 'PART') return -1;
  }
  return -1;
}

const CLOSING = /^(?:[”"]|'')$/u;

/** First and last quotation-mark token of each sentence (by its first token), computed once per token list. */
const markRanges = new WeakMap<readonly Token[], Map<number, readonly [number, number]>>();

/** Whether the sentence has quotation marks before and after token `i`: "b", "a", "ba" or "-". */
function quoteSides(tokens: readonly Token[], i: number, first: number, last: number): string {
  let bySentence = markRanges.get(tokens);
  if (!bySentence) markRanges.set(tokens, (bySentence = new Map()));
  let range = bySentence.get(first);
  if (!range) {
    let lo = -1, hi = -1;
    for (let k = first; k <= last; k++) if (QUOTE_MARK.test(tokens[k]!.text)) { if (lo < 0) lo = k; hi = k; }
    bySentence.set(first, (range = [lo, hi]));
  }
  const before = range[0] >= 0 && range[0] < i;
  const after = range[1] > i;
  return before ? (after ? 'ba' : 'b') : after ? 'a' : '-';
}

/** The kind of word a few tokens to the left: a speaker-like noun or pronoun, or none. */
function subject(tokens: readonly Token[], i: number, first: number): string {
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
    const p = tokens[k]!.pos;
    if (p === 'PROPN' || p === 'PRON' || p === 'NOUN') return p;
    if (p === 'VERB' || p === 'PUNCT') return 'none';
  }
  return 'none';
}
