/**
 * Features of one token for the learned cue tagger: the word, its lemma and POS, its neighbours,
 * whether it sits in a quotation, and whether a complement ("that", a quote, a colon) follows.
 * Shared by training (scripts/train.ts) and tagging, so both see exactly the same features.
 */
import type { Token } from '../../model/doc.js';
import { cueVerbs } from '../../lexicons/cues.js';
import { QUOTE_MARK } from './view.js';

export type CueTag = 'O' | 'B' | 'I';
export const CUE_TAGS: readonly CueTag[] = ['O', 'B', 'I'];
/** Weight rows of the tag transitions (prev -> tag), stored beside the features: `T${prev}` for prev O, B, I, and the start. */
export const TRANSITION_ROWS = ['TO', 'TB', 'TI', 'T<s>'] as const;

const LEXICON = new Set<string>(cueVerbs.map((v) => v.lemma));

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '<s>');
const pos = (t: Token | undefined) => (t ? t.pos : '<s>');

/** Features of token `i` in sentence [first, last]; `inQuote` is precomputed per token. The tag before it is the transitions' part. */
export function cueFeatures(tokens: readonly Token[], i: number, first: number, last: number, inQuote: boolean): string[] {
  const t = tokens[i]!;
  const at = (k: number) => (k >= first && k <= last ? tokens[k] : undefined);
  const w = lower(t);
  const l = t.lemma.toLowerCase();
  const next = lower(at(i + 1));
  const prev = lower(at(i - 1));
  const verbAfter = nextVerb(tokens, i, last);
  let complement = 'none';
  for (let k = i + 1; k <= Math.min(last, i + 4); k++) {
    const x = tokens[k]!.text.toLowerCase();
    if (x === 'that' || x === ':' || x === '“' || x === '"' || x === "''") {
      complement = x === 'that' ? 'that' : x === ':' ? 'colon' : 'quote';
      break;
    }
  }
  return [
    'bias',
    `w=${w}`,
    `l=${l}`,
    `p=${t.pos}`,
    `lex=${LEXICON.has(l)}|${t.pos}`,
    `suf=${w.slice(-3)}`,
    `w-1=${prev}`,
    `w+1=${next}`,
    `p-1=${pos(at(i - 1))}`,
    `p+1=${pos(at(i + 1))}`,
    `p-2=${pos(at(i - 2))}`,
    `p+2=${pos(at(i + 2))}`,
    `w-1|w=${prev}|${w}`,
    `w|w+1=${w}|${next}`,
    `l|p-1=${l}|${pos(at(i - 1))}`,
    `l|comp=${l}|${complement}`,
    `comp=${complement}|${t.pos}`,
    `q=${inQuote}`,
    `q|l=${inQuote}|${l}`,
    `first=${i === first}`,
    `w-2=${lower(at(i - 2))}`,
    `w+2=${lower(at(i + 2))}`,
    `l-1=${at(i - 1)?.lemma.toLowerCase() ?? '<s>'}`,
    `l+1=${at(i + 1)?.lemma.toLowerCase() ?? '<s>'}`,
    `l|w+1=${l}|${next}`,
    `l|p+1=${l}|${pos(at(i + 1))}`,
    `p-1|p|p+1=${pos(at(i - 1))}|${t.pos}|${pos(at(i + 1))}`,
    `cap=${/^\p{Lu}/u.test(t.text)}|${t.pos}`,
    `afterQuote=${CLOSING.test(at(i - 1)?.text ?? '') || (at(i - 1)?.text === ',' && CLOSING.test(at(i - 2)?.text ?? ''))}|${t.pos}`,
    `subj=${subject(tokens, i, first)}|${l}`,
    `quotes=${quoteSides(tokens, i, first, last)}|${t.pos}`,
    `toEnd=${Math.min(last - i, 4)}|${t.pos}`,
    `l|toEnd=${l}|${Math.min(last - i, 3)}`,
    `vb=${versBefore(tokens, i, first)}|${t.pos}`,
    `nv=${verbAfter}|${w}`,
    `nvlex=${LEXICON.has(verbAfter)}|${t.pos}`,
  ];
}

/** How many verbs come before token `i` in its sentence (0, 1, 2 or more), and whether one is a lexicon cue. */
function versBefore(tokens: readonly Token[], i: number, first: number): string {
  let n = 0, lex = false;
  for (let k = first; k < i; k++) if (tokens[k]!.pos === 'VERB') { n++; lex ||= LEXICON.has(tokens[k]!.lemma.toLowerCase()); }
  return `${Math.min(n, 2)}${lex ? 'x' : ''}`;
}

/** Lemma of the next verb within three tokens, skipping adverbs, auxiliaries and particles ("is also calling"). */
function nextVerb(tokens: readonly Token[], i: number, last: number): string {
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) {
    const p = tokens[k]!.pos;
    if (p === 'VERB') return tokens[k]!.lemma.toLowerCase();
    if (p !== 'ADV' && p !== 'AUX' && p !== 'PART') return '-';
  }
  return '-';
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
  return `${before ? 'b' : ''}${after ? 'a' : ''}` || '-';
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
