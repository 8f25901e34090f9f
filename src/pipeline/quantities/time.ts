/**
 * The time a figure refers to, as written: "as of December 23", "since October", "last week",
 * "now", "so far this year". Nearest such phrase in the figure's sentence; resolved dates come
 * from the dates layer, widened to take their preposition ("as of", "since").
 */
import type { DateMention, Span } from '../../model/doc.js';

const RELATIVE = /\b(?:so\s+far\s+this\s+(?:year|month|week)|so\s+far|to\s+date|as\s+of\s+(?:now|today|this\s+\w+)|(?:this|last|next|past)\s+(?:year|month|week|weekend|decade|quarter|season|summer|winter|spring|fall|autumn)|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours|decades?)|(?:on\s+)?(?:that|the)\s+(?:same\s+)?(?:day|week|month|year)(?:\s+before)?|in\s+the\s+(?:(?:first|second|third|fourth|last)\s+)?quarter|(?:in\s+)?the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|days?|half)(?:\s+of\s+(?:the|this|last)\s+year)?|now|currently|at\s+present|at\s+the\s+moment|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|yesterday|today)\b/giu;
/** A comparison base is not the figure's time: "compared with the same period in 2014". */
const COMPARISON_BEFORE = /\b(?:compared\s+(?:to|with)|than|versus|vs\.?|from)\s+(?:the\s+same\s+\w+\s+)?(?:(?:in|of|last)\s+)?$/iu;
/**
 * Inside the clause; or an opener (the sentence starts with it and a comma follows); or close
 * before the figure (within 40 characters, no other figure in between: "on Thursday night,
 * killing at least 80"). A phrase in a later clause dates something else ("..., said on Friday").
 */
export function inScope(text: string, c: Span, sentence: Span, clause: Span, figure: Span, others: readonly Span[]): boolean {
  if (c.start >= clause.start && c.end <= clause.end) return true;
  const gap = { start: c.end, end: figure.start };
  if (gap.end >= gap.start && gap.end - gap.start <= 40 && !others.some((o) => o.start >= gap.start && o.end <= gap.end) && !/[;:.!?]/u.test(text.slice(gap.start, gap.end))) return true;
  return /^\s*$/u.test(text.slice(sentence.start, c.start).replace(/^(?:but|and|so|then|now|also)\b/iu, '')) && /^\s*,/u.test(text.slice(c.end, c.end + 3));
}
/** A count named as that of an event: "the death toll from", "the number of dead in", "the number of people killed in". */
const TOLL_OF = /\b(?:toll|number|count|tally|total)\s+(?:of\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+)?(?:from|in|of|after)\s+(?:the\s+)?$/iu;
/** Whether the words before a date (back to the clause's start) are a count's subject with a relative clause open: "the number of people killed in the quake that struck … on". */
function inCountSubjectClause(before: string): boolean {
  const clause = before.slice(before.search(/[^,;:.!?]*$/u));
  const count = /\b(?:toll|number|count|tally|total)\b/iu.exec(clause);
  return !!count && /\b(?:that|which)\b/iu.test(clause.slice(count.index));
}
const COUNT_SUBJECT_REACH = 120;
/** The count's own verb right after the date: "… on Saturday has climbed to", "… on Saturday rose to". */
const COUNT_VERB_AFTER = /^\s+(?:has|have|had)?\s*(?:risen|rose|climbed|reached|increased|grown|jumped|stands?|stood|is|was)\b/iu;
const PREPOSITION = /\b(?:as\s+of|since|on|in|by|during|through|until|from|before|after)\s+$/iu;
/** "since the war began in": a clause opened by "since" that the date closes (a few words, no comma). */
const SINCE_CLAUSE = /\bsince\s+(?:the|a|an|his|her|its|their)\s+[^,;:.!?]{1,50}\s(?:(?:in|on)\s+)?$/iu;
const SINCE_REACH = 70;

/** Every time phrase of a sentence, computed once per sentence that has figures. */
export function timeCandidates(text: string, sentence: Span, dates: readonly DateMention[]): Span[] {
  const candidates: Span[] = [];
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    const head = text.slice(Math.max(sentence.start, d.start - 8), d.start);
    const possessive = /^['’]s\b/u.test(text.slice(d.end, d.end + 3));
    // "the death toll from Saturday's shooting": the day of the event the count is of, not the day of the count
    if (possessive && TOLL_OF.test(text.slice(Math.max(sentence.start, d.start - 40), d.start))) continue;
    // "the number of people killed in the earthquake that struck on Saturday has climbed to 130": the event's day, in a clause of the count's subject
    if (inCountSubjectClause(text.slice(Math.max(sentence.start, d.start - COUNT_SUBJECT_REACH), d.start)) && COUNT_VERB_AFTER.test(text.slice(d.end, d.end + 30))) continue;
    // "in Monday's earthquake": the preposition goes with the noun the date owns, not with the date
    const prep = possessive ? null : PREPOSITION.exec(head);
    // "Since the war began in February 2022, …": the date starts the period the count runs over; the phrase is read from "since"
    const since = SINCE_CLAUSE.exec(text.slice(Math.max(sentence.start, d.start - SINCE_REACH), d.start));
    const start = prep ? d.start - head.length + prep.index : d.start;
    candidates.push({ start: since ? Math.max(sentence.start, d.start - SINCE_REACH) + since.index : start, end: d.end });
  }
  const slice = text.slice(sentence.start, sentence.end);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    const c = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    // "USA TODAY": a name in capitals.
    if (/^[A-Z]{3,}$/u.test(m[0])) continue;
    if (!candidates.some((x) => x.start < c.end && c.start < x.end)) candidates.push(c);
  }
  return candidates.filter((c) => !COMPARISON_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 40), c.start)));
}

/**
 * The time phrase nearest `span` in its clause, or a sentence-opening adverbial ("On Friday, ..."),
 * or null: a date elsewhere in the sentence usually dates something else.
 */
export function timeOf(text: string, span: Span, sentence: Span, clause: Span, others: readonly Span[], candidates: readonly Span[]): Span | null {
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if ((c.start < span.end && span.start < c.end) || !inScope(text, c, sentence, clause, span, others)) continue;
    const distance = c.start >= span.end ? c.start - span.end : span.start - c.end;
    if (distance >= 0 && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
