/**
 * A figure a correction note takes back: "Correction: An earlier version of this article said 15
 * people had died", "… misstated the number of dead as 15". It is what the outlet once printed,
 * not a count anyone now reports, so it gets the status 'retracted' and the trail sets it against
 * nothing. Only the words before the figure in its sentence are read.
 */
import type { Span } from '../../model/doc.js';

/** "An earlier version of this story said", "A previous version of this article incorrectly reported". */
const EARLIER_VERSION = /\b(?:earlier|previous|prior|original)\s+versions?\s+of\s+this\s+(?:article|story|report|item|post|piece|page|report)\b[^.;]*?\b(?:said|stated|reported|gave|put|misstated|misreported|referred|listed|included|described)\b/iu;
/** "This article incorrectly stated", "misstated the number of dead as", "we wrongly reported". */
const WRONGLY = /\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|put|listed|described)\b|\b(?:misstated|misreported)\b/iu;
/** A figure this far into a long sentence is no longer the one the note takes back. */
const REACH = 160;

export function isRetractedFigure(text: string, sentence: Span, figure: Span): boolean {
  const lead = text.slice(Math.max(sentence.start, figure.start - REACH), figure.start);
  return EARLIER_VERSION.test(lead) || WRONGLY.test(lead);
}
