/**
 * The day of publication when none was given: relative dates ("on Tuesday", "December 3") are
 * only as right as the day they count from, and guessing one would assert dates the text never
 * gives. A byline or dateline at the top of the article ("By Staff Reporter - June 3, 2026",
 * "KELL, June 3, 2026 —") states it; otherwise there is none, and resolveDates leaves out the
 * dates that need one, saying so in a message.
 */
import * as chrono from 'chrono-node';
import { parseDates } from './dates/parse-dates.js';
import type { Doc, Message } from '../model/doc.js';
import { formatDate } from './dates/format-date.js';

/** Bylines and datelines sit above the first paragraphs. */
const HEAD_CHARS = 1000;
/** A byline or date line is short and mostly names ("By Staff Reporter - June 3, 2026", "Posted on March 14, 2026 by Dana Whitfield"); prose, whose dates are events, is not. */
const MAX_LINE = 120;
const MAX_LOWERCASE_WORDS = 4;
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+/gu;
/** "KELL, June 3, 2026 —": a dateline opening a paragraph, a place in capitals before the date. */
const DATELINE_PLACE = /^[\p{Lu}\s.,'’()/-]{0,40}$/u;
/** A full date writes its year. */
const YEAR = /\b(?:1[89]|20)\d\d\b/u;
/** Any reference will do: only dates with every part written are taken. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 'UTC' };

/** `{ published }` read from the head of the text, with a message saying where; `{}` when the day was given. */
export function findPublicationDate(doc: Doc): Pick<Doc, 'published' | 'messages'> | Record<string, never> {
  if (doc.published) return {};
  const head = doc.text.slice(0, HEAD_CHARS);
  let at = 0;
  for (const line of head.split('\n')) {
    const found = lineDate(line);
    if (found) {
      const span = { start: at + found.index, end: at + found.index + found.text.length };
      return {
        published: found.date,
        messages: [...doc.messages, { reason: `publication date ${found.date} read from "${found.text}" at the top of the text`, severity: 'info', span, rule: 'dates/publication-from-dateline' }],
      };
    }
    at += line.length + 1;
  }
  const missing: Message = { reason: 'no publication date given or found at the top of the text: relative dates and dates without a year are left unresolved', severity: 'warning', rule: 'dates/no-publication-date' };
  return { messages: [...doc.messages, missing] };
}

/** The fully written date of a byline or dateline `line`, if it is one. */
function lineDate(line: string): { date: string; index: number; text: string } | undefined {
  if (!YEAR.test(line)) return undefined;
  const long = line.length > MAX_LINE;
  for (const result of parseDates(long ? line.slice(0, 2 * MAX_LINE) : line, REFERENCE)) {
    const start = result.start;
    if (result.end || !start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const rest = line.slice(0, result.index) + ' ' + line.slice(result.index + result.text.length);
    const byline = !long && (rest.match(LOWERCASE_WORD)?.length ?? 0) <= MAX_LOWERCASE_WORDS;
    if (!byline && !DATELINE_PLACE.test(line.slice(0, result.index))) continue;
    return { date: formatDate(start, 'day'), index: result.index, text: result.text };
  }
  return undefined;
}
