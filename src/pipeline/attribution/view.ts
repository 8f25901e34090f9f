/**
 * What every attribution rule reads: the doc's tokens with per-sentence token ranges and the
 * quoted regions of the text, built once per document. All lookups are by token index.
 */
import type { Doc, Span, Token } from '../../model/doc.js';
import { spanAround } from '../../model/span.js';
import { singleQuotesAsDouble } from './single-quotes.js';

export interface View {
  /** The doc's text, with paired single quotation marks written as double ones (see single-quotes.ts). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Token index range [first, last] of each sentence. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  /** Quoted stretches, quote marks included, sorted by start. */
  readonly quotes: readonly Span[];
  /** Mentions of place entities, sorted by start. */
  readonly places: readonly Span[];
  /** Headings (headlines, subheads), sorted by start. */
  readonly headings: readonly Span[];
}

/** A proposal made by one rule: offsets plus the rule and evidence shape it found. */
export interface Proposal {
  readonly rule: string;
  readonly kind: 'direct-quote' | 'indirect' | 'according-to' | 'unsourced' | 'pull-quote';
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly content: readonly Span[];
  readonly unsourced: boolean;
}

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);
/** A closing mark with a line start (or nothing) before it and a word after it: "\n”Mr. Roe said …". */
const WRONG_WAY_OPEN = /^(?:\n|^)[”»][\p{L}\p{N}]/u;

/**
 * Pairs quote marks paragraph by paragraph: curly marks open and close, a straight double quote
 * toggles. An unclosed quote runs to the end of its paragraph (news often opens a quote in each
 * paragraph of a long quotation and closes only the last).
 */
export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  // visit only quote marks and paragraph breaks
  const marks = /["“”«»]|''|\n\n/gu;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      if (open < 0) continue;
      quotes.push({ start: open, end: i });
      open = -1;
    } else if (OPEN.has(ch)) {
      if (open >= 0 && i > open) quotes.push({ start: open, end: i });
      open = i;
    } else if (CLOSE.has(ch)) {
      if (open >= 0) quotes.push({ start: open, end: i + 1 });
      // a closing mark typed where a quotation opens (at a line start, before a word) opens it
      open = open < 0 && WRONG_WAY_OPEN.test(text.slice(Math.max(0, i - 1), i + 2)) ? i : -1;
    } else if (ch === '"' || ch === "'") {
      const width = ch === "'" ? 2 : 1;
      if (open >= 0) {
        quotes.push({ start: open, end: i + width });
        open = -1;
      } else open = i;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: text.length });
  return quotes;
}

export function buildView(doc: Doc): View {
  const sentenceTokens: [number, number][] = doc.sentences.map(() => [0, -1]);
  doc.tokens.forEach((t, i) => {
    const range = sentenceTokens[t.sentence];
    if (!range) return;
    if (range[1] < range[0]) range[0] = i;
    range[1] = i;
  });
  const places = doc.entities.filter((e) => e.type === 'place').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  // ‘British quotes’ read as double ones: same offsets, so every span still points into the doc's text
  const text = singleQuotesAsDouble(doc.text);
  const tokens = text === doc.text ? doc.tokens : doc.tokens.map((t) => (t.end - t.start === 1 && text[t.start] !== doc.text[t.start] ? { ...t, text: text[t.start]! } : t));
  return { text, tokens, sentenceTokens, quotes: findQuotes(text), places, headings: [...doc.headings].sort((a, b) => a.start - b.start) };
}

/** The quoted stretch that starts at `offset`, if any (binary search). */
export function quoteStartingAt(view: View, offset: number): Span | undefined {
  const q = quoteAround(view, offset);
  return q && q.start === offset ? q : undefined;
}

/** The quoted stretch that ends at `offset`, if any. */
export function quoteEndingAt(view: View, offset: number): Span | undefined {
  const q = quoteAround(view, offset - 1);
  return q && q.end === offset ? q : undefined;
}

/** The quoted stretch containing the character at `offset`. */
export function quoteAround(view: View, offset: number): Span | undefined {
  return spanAround(view.quotes, offset);
}

/** Quotation marks, "''" included (two apostrophes, as tokenize merges them). */
export const QUOTE_MARK = /^(?:["“”«»]|'')$/u;
export const isQuoteMark = (t: Token | undefined): boolean => !!t && QUOTE_MARK.test(t.text);
export const isOpenQuote = (t: Token | undefined): boolean => !!t && (t.text === '“' || t.text === '"' || t.text === '«' || t.text === "''");
export const isCloseQuote = (t: Token | undefined): boolean => !!t && (t.text === '”' || t.text === '"' || t.text === '»' || t.text === "''");
/** Whether a quotation opens at `offset`: the content is a direct quote. */
export const opensQuote = (text: string, offset: number): boolean => /^(?:["“«]|''|[”»](?=[\p{L}\p{N}]))/u.test(text.slice(offset, offset + 2));
/** Whether a comma (then a closing quote mark and at most two spaces) comes right before `offset`: ", adding …", ", Mr. Roe said", ",” the Times reported". */
export const followsComma = (text: string, offset: number): boolean => /,(?:[”"’]|'')?\s*$/u.test(text.slice(Math.max(0, offset - 5), offset));
