/**
 * A quotation signed with a dash after it, as epigraphs, reader comments and pasted statements are:
 *   “We can do better than this.” ― Jane Roe
 *   "The plan pays for itself."⏎⏎- Roe, in a statement.
 * The dash is the cue, the name after it the source, the quotation right before it the content.
 * A headline signs its words the same way: "At least 57 dead in Velm floods – officials".
 */
import type { Token } from '../../model/doc.js';
import { isCloseQuote, opensQuote, quoteEndingAt, type Proposal, type View } from './view.js';
import { paragraphAbove } from './paragraph-above.js';

const DASH = /^[—―–-]$/u;
/** A word of a signed name: capitalised, an initial, or a joiner inside a name ("Jean-Luc", "Mary O'Neil"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|[-'’])$/u;
const MAX_NAME_WORDS = 5;

export function dashSignature(view: View, sentence: number): Proposal[] {
  const { tokens, text } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [...embeddedPost(view, first, last), ...headlineSignature(view, first, last)];
  for (let d = Math.max(first, 1); d < last; d++) {
    const dash = tokens[d]!;
    const closing = tokens[d - 1]!;
    if (!DASH.test(dash.text) || !isCloseQuote(closing) || !/^\s*$/u.test(text.slice(closing.end, dash.start))) continue;
    const quote = quoteEndingAt(view, closing.end);
    if (!quote || !opensQuote(text, quote.start)) continue;
    const name = signedName(tokens, text, d + 1, last);
    if (!name) continue;
    out.push({
      rule: 'attribution/dash-signature',
      kind: 'direct-quote',
      cue: { start: dash.start, end: dash.end },
      source: { start: tokens[name[0]]!.start, end: tokens[name[1]]!.end },
      content: [quote],
      unsourced: false,
    });
  }
  return out;
}

/** A headline's source after a dash is at most this many words ("– officials", "- state media", "– regional health officials"). */
const MAX_HEADLINE_SOURCE = 4;

/**
 * A headline that names its source after a spaced dash at its end, as wires write them:
 * "At least 57 dead in Velm floods – officials", "Strike hits Kell power plant - state media". The
 * line is a headline: it has no full stop, and the words before the dash are the content.
 */
function headlineSignature(view: View, first: number, last: number): Proposal[] {
  const { tokens, text } = view;
  const end = tokens[last]!.end;
  if (last - first < 4 || /[.!?:;]/u.test(tokens[last]!.text) || !/^(?:\s*\n|\s*$)/u.test(text.slice(end, end + 2))) return [];
  let d = last - 1;
  while (d > first && last - d <= MAX_HEADLINE_SOURCE && !DASH.test(tokens[d]!.text)) d--;
  const dash = tokens[d]!;
  if (!DASH.test(dash.text) || d - first < 3 || !/\s$/u.test(text.slice(dash.start - 1, dash.start)) || !/^\s/u.test(text.slice(dash.end, dash.end + 1))) return [];
  // a source names someone: no verb, no number ("– 57 dead" is more headline, not a signature); and in lowercase words
  // ("officials", "state media"): a capitalised name there is as often the publisher a page title or a feed adds
  // ("Quake toll climbs to 130 - World News Now") as a source
  if (tokens.slice(d + 1, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NUM' || t.pos === 'PUNCT' || !/^\p{Ll}/u.test(t.text))) return [];
  return [{ rule: 'attribution/headline-signature', kind: 'indirect', cue: { start: dash.start, end: dash.end }, source: { start: tokens[d + 1]!.start, end }, content: [{ start: tokens[first]!.start, end: tokens[d - 1]!.end }], unsourced: false }];
}

/** An embedded post's text runs to at most this many characters (a long social post). */
const MAX_POST = 1000;
const HANDLE_AFTER = /^\s*\(@\w/u;

/**
 * An embedded social post, as pages paste it: the post's text as a paragraph, then its signature
 * on a line of its own, "— Lena Hart (@GovLenaHart) May 19, 2026". The post is the named
 * account's own words, so a direct quote; the handle in brackets is what marks the signature.
 */
function embeddedPost(view: View, first: number, last: number): Proposal[] {
  const { tokens, text } = view;
  const dash = tokens[first]!;
  if (first >= last || !DASH.test(dash.text) || (dash.start > 0 && text[dash.start - 1] !== '\n')) return [];
  const name = signedName(tokens, text, first + 1, last);
  if (!name || !HANDLE_AFTER.test(text.slice(tokens[name[1]]!.end, tokens[name[1]]!.end + 4))) return [];
  const paragraph = paragraphAbove(text, dash.start, MAX_POST);
  // the post ends with its last word, before any debris glued after it ("… stay safe. pic.twitter.com/x1")
  const lastWord = tokens[first - 1];
  const post = paragraph && lastWord && lastWord.end > paragraph.start ? { start: paragraph.start, end: Math.min(paragraph.end, lastWord.end) } : paragraph;
  if (!post) return [];
  return [{ rule: 'attribution/embedded-post', kind: 'direct-quote', cue: { start: dash.start, end: dash.end }, source: { start: tokens[name[0]]!.start, end: tokens[name[1]]!.end }, content: [post], unsourced: false }];
}

/**
 * The name right after the dash, on the dash's line: capitalised words only, then the end of the
 * line or of the sentence, a comma (", a voter from Ohio"), or a bracket ("(@handle)").
 */
function signedName(tokens: readonly Token[], text: string, from: number, last: number): [number, number] | null {
  let end = from - 1;
  for (let k = from; k <= last && k < from + MAX_NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (/\n/u.test(text.slice(tokens[k - 1]!.end, t.start)) || !NAME_WORD.test(t.text) || (DASH.test(t.text) && k === from)) break;
    end = k;
  }
  if (end < from || !/^\p{Lu}/u.test(tokens[from]!.text)) return null;
  const rest = text.slice(tokens[end]!.end, tokens[end]!.end + 2);
  return /^(?:$|\s*\n|[.,(]|\s\()/u.test(rest) ? [from, end] : null;
}
