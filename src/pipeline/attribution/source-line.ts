/**
 * A box of figures signed by its source on a line of its own:
 *
 *   Killed: 46
 *   Injured: 79
 *   Source: State Emergency Service
 *
 * "Source:" (or "Sources:", "Data:", "Figures:") opening a line names who the lines above it, up
 * to the paragraph break, are on the word of. The colon rule never reads it: "Source" is no speaker.
 */
import type { Span } from '../../model/doc.js';
import type { Proposal, View } from './view.js';
import { paragraphAbove } from './paragraph-above.js';

const SOURCE_LABEL = /^(?:sources?|data|figures|statistics)$/iu;
/** How far back a box may reach: a few dozen short lines, never a whole article. */
const MAX_BOX_CHARS = 1500;

export function sourceLine(view: View, sentence: number): Proposal[] {
  const { tokens, text } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const label = tokens[first]!;
  if (first + 2 > last || !SOURCE_LABEL.test(label.text) || tokens[first + 1]!.text !== ':') return [];
  // the label opens a line, and the line has nothing after the source
  if (label.start > 0 && text[label.start - 1] !== '\n') return [];
  const lineEnd = text.indexOf('\n', label.start);
  const end = tokens[last]!.text === '.' && last > first + 2 ? tokens[last - 1]!.end : tokens[last]!.end;
  if (lineEnd >= 0 && lineEnd < end) return [];
  const box = boxAbove(text, label.start);
  if (!box) return [];
  const cue: Span = { start: label.start, end: tokens[first + 1]!.end };
  const source: Span = { start: tokens[first + 2]!.start, end };
  return [{ rule: 'attribution/source-line', kind: 'according-to', cue, source, content: [box], unsourced: false }];
}

/** The box above a "Source:" line at `at`: the lines up to the paragraph break, if they hold a figure. */
function boxAbove(text: string, at: number): Span | null {
  const box = paragraphAbove(text, at, MAX_BOX_CHARS);
  // a credit under prose alone ("Source: Reuters") signs no figure here
  return box && /\d/u.test(text.slice(box.start, box.end)) ? box : null;
}
