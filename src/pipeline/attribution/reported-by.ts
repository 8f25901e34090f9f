/**
 * Sources named inside a claim's content as where the speaker got it from: "he heard a report
 * from the commander", "he had heard from the minister", "she was briefed by officials", "he received information from X". Each
 * gives a further link in the claim's chain of sources.
 */
import type { SourceLink, Span, Token } from '../../model/doc.js';
import { firstStartingAt } from '../../model/span.js';
import { phraseStartingAt } from './source-phrase.js';
import { lowered } from './token-words.js';

const GOT = new Set(['heard', 'received', 'got', 'obtained', 'had']);
const REPORT = new Set(['report', 'reports', 'briefing', 'briefings', 'update', 'updates', 'information', 'word', 'news', 'message', 'call']);
const TOLD = new Set(['told', 'briefed', 'informed', 'notified', 'updated', 'assured']);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/** Links for the reported sources inside `content` (token indices found by offset). */
export function reportedByLinks(tokens: readonly Token[], content: readonly Span[]): SourceLink[] {
  const links: SourceLink[] = [];
  for (const span of content) {
    const first = firstStartingAt(tokens, span.start);
    if (first >= tokens.length) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    for (let i = first; i < last; i++) {
      const from = sourceAfterCue(tokens, i, last);
      if (!from) continue;
      const found = phraseStartingAt(tokens, from, last);
      if (!found) continue;
      const np = withApposedName(tokens, found, last);
      links.push({ start: tokens[np[0]]!.start, end: tokens[np[1]]!.end, cue: { start: tokens[i]!.start, end: tokens[from - 1]!.end } });
      i = np[1];
    }
  }
  return links;
}

/** Index of the first source token when a cue starts at `i`: "heard a report from |X", "was briefed by |X". */
function sourceAfterCue(tokens: readonly Token[], i: number, last: number): number | undefined {
  const words = lowered(tokens).word;
  // most tokens open no such cue: answered from the word alone (this runs for every token of every content)
  const w = words[i]!;
  if (w !== 'heard' && w !== 'learned' && !GOT.has(w) && !BE.has(w)) return undefined;
  const word = (k: number) => (k <= last ? words[k]! : '');
  // "he had heard from the minister", "she learned from aides"
  if ((word(i) === 'heard' || word(i) === 'learned') && word(i + 1) === 'from') return i + 2;
  if (GOT.has(word(i))) {
    let k = i + 1;
    if (/^(?:a|an|the|new|fresh|detailed)$/u.test(word(k))) k++;
    if (/^(?:new|fresh|detailed)$/u.test(word(k))) k++;
    if (REPORT.has(word(k)) && word(k + 1) === 'from') return k + 2;
  }
  if (BE.has(word(i)) && TOLD.has(word(i + 1)) && word(i + 2) === 'by') return i + 3;
  return undefined;
}

/** "a report from the commander-in-chief, Oleksandr Syrskyi,": a name set off by commas after the phrase is who it is. */
function withApposedName(tokens: readonly Token[], np: [number, number], last: number): [number, number] {
  let k = np[1] + 1;
  if (tokens[k]?.text !== ',' || k >= last) return np;
  k++;
  const start = k;
  while (k <= last && tokens[k]!.pos === 'PROPN') k++;
  const closed = k > last || /^[,.;]$/u.test(tokens[k]!.text);
  return k - start >= 2 && closed ? [np[0], k - 1] : np;
}
