/**
 * "According to SOURCE, CONTENT." and "CONTENT, according to SOURCE." The source is everything
 * between "to" and the comma (or the end of the sentence): "one of the captured soldiers".
 */
import type { Span } from '../../model/doc.js';
import { contentAfter, contentBefore } from './content-span.js';
import type { Proposal, View } from './view.js';

const FINAL = /^[.!?…]+$/u;

export function accordingTo(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let i = first; i < last; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]!.text.toLowerCase() !== 'to') continue;
    const cue: Span = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
    let end = i + 2;
    while (end <= last && tokens[end]!.text !== ',' && !(end === last && FINAL.test(tokens[end]!.text))) end++;
    if (end === i + 2) continue;
    const source: Span = { start: tokens[i + 2]!.start, end: tokens[end - 1]!.end };
    let content: Span | null = null;
    // Leading form: "According to X, ..." (also after "Now," or "But")
    if (tokens[end]?.text === ',' && (i === first || tokens[i - 1]!.text === ',' || i - first <= 1)) {
      content = contentAfter(view, end + 1, last);
    } else if (i > first && tokens[i - 1]!.text === ',') {
      content = contentBefore(view, i - 1, first);
    }
    if (!content) continue;
    out.push({ rule: 'attribution/according-to', kind: 'according-to', cue, source, content: [content], unsourced: false });
  }
  return out;
}
