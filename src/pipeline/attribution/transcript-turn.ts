/**
 * A speaker's turn in a transcript: a paragraph that opens with the speaker's name in capitals
 * and a colon, often after an opening quote mark when the article quotes the transcript:
 *   "ROE: We will not back down. Not this year.
 *   "DOE: Then what will you do?
 * The colon is the cue, the name the source, and the rest of the paragraph, every sentence of it,
 * the content: a verbatim quote. A capitalised label is a turn only in a dialogue, where some
 * label opens two paragraphs or more, so that one-off labels ("UPDATE:", "BYLINE:") stay out.
 */
import type { Proposal, View } from './view.js';
import { NOT_SPEAKER } from './colon.js';

/** One to three capitalised words ("PENCE", "SEN. GRAHAM", "O’ROURKE") and a colon, at a paragraph start. */
const TURN = /(?<=^|\n)[ \t]*(?:["“]|'')?((?:\p{Lu}[\p{Lu}.'’-]*)(?: \p{Lu}[\p{Lu}.'’-]*){0,2}):[ \t]+(?=\S)/gu;
/** A turn's speaker label (start, end offsets) and the offset of its colon. */
interface Turn { readonly label: readonly [number, number]; readonly colon: number }
const turnsByView = new WeakMap<View, Map<number, Turn>>();

/** The turns of the view's text by paragraph start offset, when the text is a dialogue. */
function turns(view: View): Map<number, Turn> {
  let found = turnsByView.get(view);
  if (found) return found;
  found = new Map();
  const count = new Map<string, number>();
  for (const m of view.text.matchAll(TURN)) {
    const name = m[1]!;
    if (!/\p{Lu}{2}/u.test(name) || name.split(' ').some((w) => NOT_SPEAKER.test(w.replace(/\.$/u, '')))) continue;
    const colon = m.index + m[0].trimEnd().length - 1;
    const start = colon - name.length;
    found.set(m.index, { label: [start, colon], colon });
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  if (![...count.values()].some((n) => n >= 2)) found.clear();
  turnsByView.set(view, found);
  return found;
}

export function transcriptTurn(view: View, sentence: number): Proposal[] {
  const { tokens, text } = view;
  const found = turns(view);
  if (found.size === 0) return [];
  const [first, last] = view.sentenceTokens[sentence]!;
  // the line the sentence opens: only spaces between it and a line break (or the text's start)
  let lineStart = tokens[first]!.start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return [];
  const turn = found.get(lineStart);
  if (!turn || turn.colon > tokens[last]!.end) return [];
  const lineEnd = text.indexOf('\n', turn.colon);
  const end = lineEnd < 0 ? text.length : lineEnd;
  let start = turn.colon + 1;
  while (text[start] === ' ' || text[start] === '\t') start++;
  const content = { start, end: start + text.slice(start, end).trimEnd().length };
  if (content.end <= content.start) return [];
  return [{
    rule: 'attribution/transcript-turn',
    kind: 'direct-quote',
    cue: { start: turn.colon, end: turn.colon + 1 },
    source: { start: turn.label[0], end: turn.label[1] },
    content: [content],
    unsourced: false,
  }];
}
