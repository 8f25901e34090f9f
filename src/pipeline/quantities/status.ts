/**
 * How sure a figure is: the status markers of its sentence, of an "According to preliminary
 * estimates," opener in the sentence before it when that sentence is only the opener, and of its
 * claim's content. In a sentence of several figures, a marker in the clause of one of them is that
 * figure's only: in "The toll could exceed 40, officials said, bringing the number of confirmed dead
 * to 14", 40 is possible and 14 confirmed. A marker in no figure's clause ("…, Russia claimed") is all of theirs.
 * A count of bodies found is confirmed, marker or not.
 */
import type { Sentence, Span, StatusMarker } from '../../model/doc.js';

/** A count of bodies found: "recovered the bodies of 9 people", "12 bodies were pulled from the rubble". */
const BODIES_FOUND = /\b(?:recovered|found|retrieved|pulled|discovered)\b[^.;]{0,30}\bbod(?:y|ies)\b|\bbod(?:y|ies)\b[^.;]{0,30}\b(?:recovered|found|retrieved|pulled|discovered)\b/iu;

const within = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** A concessive clause that sets another count against the figures: "though the true toll was likely much higher". */
const OTHER_COUNT_CLAUSE = /^(?:though|although|but|while)\b[^,;:.!?]*\b(?:higher|lower|greater|larger|smaller)\b[^,;:.!?]*$/iu;

/** Whether marker `m` hedges another count than the sentence's figures: it sits in such a clause (read to the sentence's end). */
const aboutAnotherCount = (text: string, sentence: Span, m: Span): boolean => {
  const clause = /\b(?:though|although|but|while)\b[^,;:.!?]*$/iu.exec(text.slice(sentence.start, m.start));
  return !!clause && OTHER_COUNT_CLAUSE.test(text.slice(sentence.start + clause.index, sentence.end).replace(/[.!?"”’]+\s*$/u, ''));
};

/**
 * Sorted, unique statuses for a figure in `sentence` (in `clause`, one of the sentence's figure
 * clauses `clauses`); `markers` are those of the sentence and the one before, `claimMarkers` those
 * inside the content of the figure's claim.
 */
export function statusOf(sentence: Sentence, previous: Sentence | undefined, text: string, markers: readonly StatusMarker[], claimMarkers: readonly StatusMarker[], clause: Span, clauses: readonly Span[]): string[] {
  const found = new Set<string>();
  for (const m of markers) {
    if (!within(sentence, m)) continue;
    if (within(clause, m) || (!clauses.some((c) => within(c, m)) && !aboutAnotherCount(text, sentence, m))) found.add(m.status);
  }
  // bodies found are deaths confirmed
  if (BODIES_FOUND.test(text.slice(clause.start, clause.end))) found.add('confirmed');
  // A sentence split after "According to preliminary estimates:" leaves the opener alone.
  if (previous && /^according\s+to\b[^.!?]{0,60}[,:]?$/iu.test(text.slice(previous.start, previous.end).trim())) {
    for (const m of markers) if (within(previous, m)) found.add(m.status);
  }
  // a claim's content may run past the sentence (a quotation of several): its markers there are the figure's too
  for (const m of claimMarkers) if (!within(sentence, m)) found.add(m.status);
  return [...found].sort();
}
