/**
 * The one adapter over wink-nlp: wink gives token values and indexes but no character offsets,
 * so we locate each token in the source text ourselves. Loading the model takes ~100 ms, so it
 * is done once, lazily.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/doc.js';

export interface RawToken extends Span {
  readonly text: string;
  readonly pos: string;
  readonly type: string;
  readonly lemma: string;
}

export interface RawSentence extends Span {
  readonly tokens: readonly RawToken[];
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

function wink(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Runs of this many non-space characters are no words; wink's tokenizer is quadratic in word length. */
const LONG_RUN = /\S{256,}/gu;
/** Whether UTF-16 code `c` is white space as \s has it. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Whether `text` may hold such a run: a scan of code units (never fewer than code points), for every text, so no regex. */
function mayHaveLongRun(text: string): boolean {
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    if (isSpace(text.charCodeAt(k))) run = 0;
    else if (++run >= 256) return true;
  }
  return false;
}

/** Puts a space in place of every 128th character of very long runs: same length, so offsets still hold. */
function breakLongRuns(text: string): string {
  if (!mayHaveLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => run.replace(/([\s\S]{127})[\s\S]/gu, '$1 '));
}

/** Two touching apostrophes are one quotation mark (''like this'', the style of some wires): one token. */
function mergeDoubleApostrophes(tokens: RawToken[]): RawToken[] {
  if (!tokens.some((t, i) => t.text === "'" && tokens[i + 1]?.text === "'")) return tokens;
  const out: RawToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.text === "'" && prev?.text === "'" && prev.end === t.start) out[out.length - 1] = { ...prev, end: t.end, text: "''" };
    else out.push(t);
  }
  return out;
}

/**
 * wink ends a sentence after an abbreviation inside brackets ("Sen. Roe (D-Mass.) said"), after
 * a title it does not know ("Maj. Gen. Pat Ryder") or before a lowercase word ("the U.S. and
 * Canada"): no sentence opens in lowercase, inside an open bracket or after a title on the same line.
 */
function continuesSentence(text: string, prev: RawSentence, next: RawToken): boolean {
  // bounded: a text of lowercase "sentences" must not become one huge sentence
  if (prev.tokens.length > MAX_MERGED_TOKENS || /\n/u.test(text.slice(prev.end, next.start))) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  // "Maj. Gen. Pat Ryder": a title abbreviation wink does not know ends no sentence before a name
  if (TITLE_ABBREVIATION.test(prev.tokens.slice(-2).map((t) => t.text).join('')) && /^\p{Lu}/u.test(next.text)) return true;
  let open = 0;
  for (const t of prev.tokens.slice(-BRACKET_REACH)) open += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  return open > 0;
}
const MAX_MERGED_TOKENS = 80;
/** Military, civil and courtesy titles written short, as the end of a broken sentence ("Maj" "." or "Maj."). */
const TITLE_ABBREVIATION = /(?:^|[^\p{L}])(?:Maj|Gen|Col|Lt|Sgt|Capt|Cpl|Pvt|Adm|Cmdr|Brig|Gov|Sen|Rep|Dr|Prof|Rev|Hon|Supt|Insp|Det|Amb|Atty|Mr|Mrs|Ms)\.$/u;
/** "(D-Mass.)", "(R-S.C.)": the bracket opened a few tokens before wink's break. */
const BRACKET_REACH = 6;

/**
 * The longest news sentence in 31k of PolNeAR's has 222 tokens; a "sentence" far longer is a list,
 * a transcript or hostile input. Rules that look across a sentence are linear in its length, so
 * a run-on is cut into pieces of at most this many tokens, after a comma or semicolon where one
 * falls in the second half of a piece.
 */
const MAX_SENTENCE_TOKENS = 250;

function cutRunOnSentence(sentence: RawSentence): RawSentence[] {
  const { tokens } = sentence;
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [sentence];
  const pieces: RawSentence[] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(tokens.length, from + MAX_SENTENCE_TOKENS);
    if (to < tokens.length) {
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
        if (/^[,;:—]$/u.test(tokens[k]!.text)) {
          to = k + 1;
          break;
        }
      }
    }
    const piece = tokens.slice(from, to);
    pieces.push({ start: piece[0]!.start, end: piece[piece.length - 1]!.end, tokens: piece });
    from = to;
  }
  return pieces;
}

/**
 * "The Red Cross estimates …", "Tim Cook said": wink tags a capitalised word after a proper noun as
 * a verb when it is also one; inside a name (a capitalised word before it, the word after it
 * lowercase, so not a title-case headline) it is a name.
 */
function nameVerbAsName(pos: readonly string[], values: readonly string[], i: number): boolean {
  return pos[i] === 'VERB' && i > 0 && pos[i - 1] === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(values[i]!) && /^\p{Lu}/u.test(values[i - 1]!) && /^\p{Ll}/u.test(values[i + 1] ?? '');
}

/** Verbs of evidence that are nouns too ("figures show", "the survey suggests"), bare and with -s. */
const EVIDENCE_VERB = /^(?:show|suggest|indicate|reveal|estimate|confirm)(s?)$/u;

/**
 * "The ministry's figures show 1,200 people have died": wink tags such a verb as a noun after a
 * noun. It is the verb when it agrees with that noun (a bare form after a plural, an -s form after a
 * singular) and a clause or a figure follows ("that", a number, a determiner), or it ends the
 * sentence after a comma ("…, the ministry's figures show.").
 */
function evidenceVerbAsNoun(pos: readonly string[], values: readonly string[], i: number): boolean {
  if (pos[i] !== 'NOUN' || i === 0 || !/^(?:NOUN|PROPN)$/u.test(pos[i - 1]!)) return false;
  const verb = EVIDENCE_VERB.exec(values[i]!);
  if (!verb || !(values[i + 1] === 'that' || pos[i + 1] === 'NUM' || pos[i + 1] === 'DET' || closesAfterComma(values, i))) return false;
  const plural = /[^s]s$/u.test(values[i - 1]!) || /^(?:data|police|people)$/iu.test(values[i - 1]!);
  return verb[1] ? !plural : plural;
}

/** "…, NHS North figures show.": the noun phrase after a comma and the verb end the sentence (a speaker's words after what is reported). */
function closesAfterComma(values: readonly string[], i: number): boolean {
  if (!/^[.!?]$/u.test(values[i + 1] ?? '.')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) if (values[k] === ',') return true;
  return false;
}

/** Lowercase abbreviations wink rightly keeps with their full stop. */
const LOWER_ABBREVIATION = /^(?:vs|etc|al|approx|incl|esp|dept|est|cf|ca|viz)\.$/u;

/**
 * "fell ill.", "weighed in.": wink reads a few lowercase words before a full stop as abbreviations
 * ("Ill.", "Wash.", "In."), keeping the stop in the word and the next sentence in this one. A
 * lowercase word of letters is no abbreviation (but "no. 5" is).
 */
function isWordWithStop(word: string, text: string, end: number): boolean {
  if (word.charCodeAt(word.length - 1) !== 46 || !/^\p{Ll}{2,}\.$/u.test(word) || LOWER_ABBREVIATION.test(word)) return false;
  return !(word === 'no.' && /^\s*\d/u.test(text.slice(end, end + 3)));
}

/** Tokens [from, to] cut after each split-off full stop that a capitalised word follows. */
function atStops(tokens: readonly RawToken[], from: number, to: number, stops: ReadonlySet<number>): RawToken[][] {
  const pieces: RawToken[][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (stops.has(k) && /^\p{Lu}/u.test(tokens[k + 1]!.text)) {
      pieces.push(tokens.slice(start, k + 1));
      start = k + 1;
    }
  }
  pieces.push(tokens.slice(start, to + 1));
  return pieces;
}

/** Splits `text` into sentences of tokens with offsets relative to `text`. */
export function tokenize(original: string): RawSentence[] {
  const engine = wink();
  const its = engine.its;
  const text = breakLongRuns(original);
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: RawToken[] = [];
  /** Per wink token, the index of its first token here (a word glued to a full stop becomes two). */
  const startOf: number[] = [];
  /** Indexes (here) of full stops split off a word: a sentence may end there. */
  const stops = new Set<number>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = text.indexOf(value, cursor);
    // wink may normalise a token (rare); fall back to the next non-space character.
    if (at < 0 || at - cursor > 64) {
      at = cursor;
      while (at < text.length && /\s/u.test(text[at]!)) at++;
    }
    const end = Math.min(text.length, at + value.length);
    startOf.push(tokens.length);
    const word = original.slice(at, end);
    if (isWordWithStop(word, original, end)) {
      tokens.push({ start: at, end: end - 1, text: word.slice(0, -1), pos: pos[i] ?? 'X', type: types[i] ?? 'word', lemma: (lemmas[i] ?? value).replace(/\.$/u, '') });
      stops.add(tokens.length);
      tokens.push({ start: end - 1, end, text: '.', pos: 'PUNCT', type: 'punctuation', lemma: '.' });
    } else {
      tokens.push({ start: at, end, text: word, pos: nameVerbAsName(pos, values, i) ? 'PROPN' : evidenceVerbAsNoun(pos, values, i) ? 'VERB' : (pos[i] ?? 'X'), type: types[i] ?? 'word', lemma: lemmas[i] ?? value });
    }
    cursor = end;
  }
  startOf.push(tokens.length);
  const sentences: RawSentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    for (const piece of atStops(tokens, startOf[first]!, startOf[last + 1]! - 1, stops)) {
      // wink keeps line breaks as tokens; they are layout, not words.
      const slice = mergeDoubleApostrophes(piece.filter((t) => t.text.trim() !== ''));
      if (slice.length === 0) continue;
      const prev = sentences[sentences.length - 1];
      if (prev && continuesSentence(original, prev, slice[0]!)) {
        sentences[sentences.length - 1] = { start: prev.start, end: slice[slice.length - 1]!.end, tokens: [...prev.tokens, ...slice] };
        continue;
      }
      sentences.push({ start: slice[0]!.start, end: slice[slice.length - 1]!.end, tokens: slice });
    }
  }
  return sentences.flatMap(cutRunOnSentence);
}
