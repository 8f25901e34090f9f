/**
 * How sure a figure is: the status markers of its sentence, of an "According to preliminary
 * estimates," opener in the sentence before it when that sentence is only the opener, and of its claim.
 */
import type { Claim, Sentence, Span, StatusMarker } from '../../model/doc.js';

/** Sorted, unique statuses for a figure in `sentence` carried by `claim`. */
export function statusOf(sentence: Sentence, previous: Sentence | undefined, text: string, markers: readonly StatusMarker[], claim: Claim | undefined): string[] {
  const found = new Set<string>();
  const inside = (s: Span) => markers.filter((m) => m.start >= s.start && m.end <= s.end);
  for (const m of inside(sentence)) found.add(m.status);
  // A sentence split after "According to preliminary estimates:" leaves the opener alone.
  if (previous && /^according\s+to\b[^.!?]{0,60}[,:]?$/iu.test(text.slice(previous.start, previous.end).trim())) {
    for (const m of inside(previous)) found.add(m.status);
  }
  for (const s of claim?.status ?? []) found.add(s);
  return [...found].sort();
}
