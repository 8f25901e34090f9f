/**
 * "The owner said five people died — “a tragedy,” he told reporters.": a quotation whose speaker
 * follows it ("…,” he told") is that speaker's content. An earlier cue of the sentence whose
 * content reached into the quotation (or was given the quotation itself) keeps only what lies
 * between it and the quotation.
 */
import type { Span } from '../../model/doc.js';
import { opensQuote, type Proposal } from './view.js';

/** The separator that sets the quotation apart from the earlier content: "died — “…”", "died, “…”" (not "because “…”", which goes on with it). */
const SEPARATOR = /[—–,;:-]$/u;

/** A quotation closing on the comma (or ? !) that hands it to the speaker after it: "…,” he told". */
const HANDED_OVER = /[,?!]\s*(?:["”»]|'')$/u;

/** A claim whose content is a quotation before its own cue: the quotation, else null. */
function quoteBeforeCue(text: string, q: Proposal): Span | null {
  if (!q.cue || q.kind !== 'direct-quote' || q.content.length === 0) return null;
  const start = q.content[0]!.start, end = q.content[q.content.length - 1]!.end;
  // not a quoted title before a cue ("as “The Journal” wrote")
  return end <= q.cue.start && opensQuote(text, start) && HANDED_OVER.test(text.slice(start, end)) ? { start, end } : null;
}

/** `span` cut to end before `at`, without the separators before it; null if no word is left. */
function endBefore(text: string, span: Span, at: number): Span | null {
  const end = Math.min(span.end, at);
  let kept = text.slice(span.start, end).trimEnd();
  // one at a time: a regex for a run of separators at the end is quadratic in a long run of spaces
  while (SEPARATOR.test(kept)) kept = kept.slice(0, -1).trimEnd();
  return /[\p{L}\p{N}]/u.test(kept) ? { start: span.start, end: span.start + kept.length } : null;
}

export function withQuotesToTheirSpeakers(text: string, placed: readonly Proposal[]): Proposal[] {
  const quotes = placed.map((q) => quoteBeforeCue(text, q));
  return placed.map((p, i) => {
    if (!p.cue || (p.kind !== 'direct-quote' && p.kind !== 'indirect')) return p;
    const cueEnd = p.cue.end;
    const quote = quotes.find((s, j) => s && j !== i && s.start >= cueEnd && p.content.some((c) => c.start < s.end && s.start < c.end) && SEPARATOR.test(text.slice(cueEnd, s.start).trimEnd()));
    if (!quote) return p;
    let content = p.content.flatMap((c) => (c.end <= quote.start || c.start >= quote.end ? [c] : c.start < quote.start ? [endBefore(text, c, quote.start)].filter((s): s is Span => !!s) : []));
    if (content.length === 0) {
      // the earlier cue had been given the quotation itself: its content is what lies between them
      const gap = text.slice(cueEnd, quote.start);
      const between = endBefore(text, { start: cueEnd + gap.length - gap.trimStart().length, end: quote.start }, quote.start);
      if (!between) return p;
      content = [between];
    }
    return { ...p, kind: opensQuote(text, content[0]!.start) ? 'direct-quote' : 'indirect', content };
  });
}
