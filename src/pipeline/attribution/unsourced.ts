/**
 * Impersonal frames that name nobody: "It recently became known that ...", "It is said that ...",
 * "As it turned out, ...". The claim has a cue and content but no source.
 */
import { FRAME_LEADS, unsourcedFrames } from '../../lexicons/cues.js';
import { contentAfter } from './content-span.js';
import type { Proposal, View } from './view.js';

const LEADS: ReadonlySet<string> = new Set(FRAME_LEADS);

export function unsourced(view: View, sentence: number): Proposal[] {
  const { tokens, text } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  if (last - first < 3) return [];
  const head = text.slice(tokens[first]!.start, tokens[Math.min(last, first + 6)]!.end);
  for (const frame of unsourcedFrames) {
    const m = frame.pattern.exec(head);
    if (!m) continue;
    const matchEnd = tokens[first]!.start + m[0].length;
    let k = first;
    while (k <= last && tokens[k]!.end <= matchEnd) k++;
    // the cue is the frame without its dummy subject and the adverb before it: "recently became known"
    let c = first;
    while (c < k && (/^(?:it|as|,)$/iu.test(tokens[c]!.text) || LEADS.has(tokens[c]!.text.toLowerCase()))) c++;
    if (tokens[k]?.text === ',') k++;
    const content = contentAfter(view, k, last);
    if (!content || c >= k) return [];
    return [{ rule: `attribution/unsourced-${frame.id}`, kind: 'unsourced', cue: { start: tokens[c]!.start, end: matchEnd }, source: null, content: [content], unsourced: true }];
  }
  return [];
}
