/**
 * A pull quote with its speaker glued on at the end of the paragraph, as scraped pages often
 * have: "... 3 thousand people. Jane Roe Minister of Health". The speaker line is a short run of
 * capitalised words with no final punctuation; the content is the paragraph before it.
 */
import type { Proposal, View } from './view.js';

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|de|von|van)$/u;

export function pullQuote(view: View, sentence: number): Proposal[] {
  const { tokens, text } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const n = last - first + 1;
  if (sentence === 0 || n < 2 || n > 9) return [];
  for (let i = first; i <= last; i++) if (!NAME_WORD.test(tokens[i]!.text)) return [];
  if (!/^\p{Lu}/u.test(tokens[first]!.text) || !/^\p{Lu}/u.test(tokens[first + 1]!.text)) return [];
  const [pFirst, pLast] = view.sentenceTokens[sentence - 1]!;
  const prev = tokens[pLast];
  if (!prev || !/[.!?”"]$/u.test(prev.text)) return [];
  // same paragraph: no blank line between the quote and the speaker
  if (/\n\s*\n/u.test(text.slice(prev.end, tokens[first]!.start))) return [];
  let start = tokens[pFirst]!.start;
  for (let s = sentence - 2; s >= 0; s--) {
    const [f, l] = view.sentenceTokens[s]!;
    if (l < f || /\n/u.test(text.slice(tokens[l]!.end, start))) break;
    start = tokens[f]!.start;
  }
  return [{ rule: 'attribution/pull-quote-speaker', kind: 'pull-quote', cue: null, source: { start: tokens[first]!.start, end: tokens[last]!.end }, content: [{ start, end: prev.end }], unsourced: false }];
}
