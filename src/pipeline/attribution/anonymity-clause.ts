import type { Span } from '../../model/doc.js';
import type { Proposal } from './view.js';

/** Why a source goes unnamed, as the clause after its verb reads: "not to be named", "to give his name" (after a refusal). */
const REFUSED = String.raw`(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:named|identified|quoted)|to\s+give\s+(?:his|her|their|a)\s+(?:full\s+)?names?)`;
const WHY_UNNAMED = String.raw`(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|(?:asked|declined|requested|refused|did\s+not\s+want|didn['’]t\s+want)\s+${REFUSED})`;

/**
 * "who asked not to be named", "who spoke on condition of anonymity": the clause says why a
 * source is unnamed (and marks it anonymous); it reports nothing, so it is no claim of its own.
 */
const ANONYMITY = /^(?:not\s+to\s+be\s+(?:named|identified|quoted)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+used)\b/iu;
/** The same after a cue of refusal ("did not want | to be named", "declined | to give his name"). */
const REFUSAL_CUE = /(?:\bnot|n['’]t|declined|refused)\s*(?:want(?:ed)?)?$/iu;
const REFUSED_CONTENT = new RegExp(`^${REFUSED}\\b`, 'iu');

/** An aside right after a source that says why it is unnamed: ", who asked not to be named", ", speaking on condition of anonymity". */
export const ANONYMITY_ASIDE = new RegExp(String.raw`^\s*,?\s*(?:who\s+)?(?:(?:spoke|speaking|talking|spoke\s+to\s+\S+)\s+)?${WHY_UNNAMED}`, 'iu');

/** The same aside closing the words before a cue: "a firefighter who asked not to be named | told". */
const ASIDE_BEFORE_CUE = new RegExp(String.raw`(?:,\s*)?\b(?:who\s+)?(?:(?:spoke|speaking|talking)\s+)?${WHY_UNNAMED}\s*,?\s*$`, 'iu');
/** The words an aside can end with. */
const ASIDE_LAST_WORD = /(?:anonymity|anonymously|named|identified|quoted|names?)$/iu;
/** An aside is a few words: the text searched for one before a cue is bounded (hostile input stays linear). */
const ASIDE_REACH = 80;

/**
 * Where an anonymity aside ends the text before `end` ("an official who spoke on condition of
 * anonymity" before "told"): the offset it starts at (its comma, "who" or participle), or -1.
 */
export function anonymityAsideBefore(text: string, end: number): number {
  // it is asked before every cue: a look at the last word first spares the pattern's scan of the text
  let k = end;
  while (k > 0 && (text[k - 1] === ',' || /\s/u.test(text[k - 1]!))) k--;
  if (!ASIDE_LAST_WORD.test(text.slice(Math.max(0, k - 11), k))) return -1;
  const from = Math.max(0, end - ASIDE_REACH);
  const m = ASIDE_BEFORE_CUE.exec(text.slice(from, end));
  return m ? from + m.index : -1;
}

/** Whether `span` (a source phrase) ends with such an aside after its first word: "an official who spoke on condition of anonymity". */
export const endsWithAnonymityAside = (text: string, span: Span): boolean => anonymityAsideBefore(text, span.end) > span.start;

export function isAnonymityClause(text: string, proposal: Proposal): boolean {
  const first = proposal.content[0];
  if (!first) return false;
  const said = text.slice(first.start, Math.min(first.end, first.start + 80));
  return ANONYMITY.test(said) || (!!proposal.cue && REFUSAL_CUE.test(text.slice(proposal.cue.start, proposal.cue.end)) && REFUSED_CONTENT.test(said));
}
