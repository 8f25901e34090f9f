/**
 * The counted noun phrase: "3,000 North Korean soldiers" → "North Korean soldiers"; for
 * "the number of killed and wounded North Korean occupiers ... exceeded 3,000 people" the phrase
 * after "number of" (category words skipped) beats the generic "people".
 */
import type { Span, Token } from '../../model/doc.js';
import { categoryLexicon } from '../../lexicons/categories.js';
import { eventNouns } from '../../lexicons/events.js';

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN']);
const GENERIC = /^(?:people|persons|individuals|ones|others|times|cases)$/iu;
/** Whether a counted phrase names no group of its own ("people", "others"). */
export const isGenericSubject = (phrase: string): boolean => GENERIC.test(phrase);
const CATEGORY_WORDS = new Set<string>(categoryLexicon.flatMap((e): string[] => e.forms.filter((f) => !f.includes(' '))).filter((w) => !['troops', 'soldiers', 'servicemen', 'fighters', 'refugees', 'protesters', 'protestors', 'demonstrators', 'detainees', 'hostages', 'evacuees', 'bodies', 'marchers'].includes(w)));
const NUMBER_OF = /\b(?:number|numbers|toll|total|count|tally|figure)\s+of\s+$/iu;
/** Words that look nominal to the tagger but end a counted phrase ("3,000 people in Kursk"). */
const STOP = /^(?:percent|per|cent|cents|points?|years?|months?|weeks?|days?|hours?|minutes?|decades?|times|ago|more|less|fewer|than|plus|or|so|odd|of|and|yen|feet|foot|miles?|kilometers?|dollars|euros|pounds|barrels?|tons?|gallons?|ounces?|acres?|increase|decrease|rise|drop|gain|jump|bump|cut|hike|decline|fall|lead|margin|edge|check|coming|given)$/iu;
/** "the number of dead rose to 21": verbs of change the tagger may read as nouns (lower case: "Rose" is a name). */
const CHANGE_VERB = /^(?:rose|rises|falls|fell|tops|hits|nears|stands)$/u;
/** Participles and "likely" inside a counted phrase: "eight remaining casinos", "552 likely voters". */
const MODIFIER = /^(?:\w+(?:ing|ed)|likely|other|more|additional|new|former|current)$/iu;
const PLURAL_AT_END = /^(?:\p{Lu}|\w+s$)/u;

/** The noun phrase starting at token index `i`: nominal run ending in a noun, max 6 tokens. */
function nounPhraseAt(tokens: readonly Token[], i: number): Span | null {
  let j = i;
  while (j < tokens.length && CATEGORY_WORDS.has(tokens[j]!.text.toLowerCase())) j++;
  while (j < tokens.length && /^(?:and|or)$/iu.test(tokens[j]!.text) && j + 1 < tokens.length && CATEGORY_WORDS.has(tokens[j + 1]!.text.toLowerCase())) j += 2;
  while (j < tokens.length && /^(?:the|all|those|these|its|their|his|her|our|my|your)$/iu.test(tokens[j]!.text)) j++;
  let last = -1;
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const modifier = MODIFIER.test(t.text) && next !== undefined && (NOMINAL.has(next.pos) || MODIFIER.test(next.text));
    // A hyphen joins a compound ("used-car lots") only when glued to both neighbours.
    const glued = t.text === '-' && k > j && tokens[k - 1]!.end === t.start && next !== undefined && t.end === next.start;
    // "70% of the city's buildings": a possessive goes on to the noun it owns
    const possessive = /^['’]s?$/u.test(t.text) && k > j && next !== undefined && NOMINAL.has(next.pos);
    if (STOP.test(t.text) || CHANGE_VERB.test(t.text) || !(NOMINAL.has(t.pos) || modifier || glued || possessive)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') last = k;
  }
  // "42 million borrowers bear $1.3 trillion": a noun-looking verb before a figure ends the phrase early.
  if (last > j && PLURAL_AT_END.test(tokens[last - 1]!.text) && /^(?:\$|€|£|\d|(?:the|a|an|their|its)$)/iu.test(tokens[last + 1]?.text ?? '')) last--;
  if (last < j) return null;
  // "1.2 million homes and businesses": a second plural noun joined by "and" is counted too (not "5 soldiers and 3 medics")
  if (/^(?:and|or)$/iu.test(tokens[last + 1]?.text ?? '') && tokens[last + 2]?.pos === 'NOUN' && /s$/u.test(tokens[last + 2]!.text) && !NOMINAL.has(tokens[last + 3]?.pos ?? '')) last += 2;
  // "241 people on board", "24 people on the ground": where they were is who they are in a crash's toll
  const where = WHERE_ABOARD.exec(wordsOf(tokens, last + 1, last + 3));
  const end = where ? tokens[last + where[1]!.split(/\s+/u).length]!.end : tokens[last]!.end;
  return { start: tokens[j]!.start, end };
}

/** Tokens [from, to] as words joined by spaces, for matching a short phrase. */
const wordsOf = (tokens: readonly Token[], from: number, to: number): string => tokens.slice(from, to + 1).map((t) => t.text.toLowerCase()).join(' ');
/** "on board", "aboard", "on the ground" right after a counted noun. */
const WHERE_ABOARD = /^((?:on board|aboard|onboard|on the ground))(?:\s|$)/u;

const lastWord = (text: string, span: Span): string => text.slice(span.start, span.end).split(/\s+/u).at(-1)!.toLowerCase();

/** Subject of the figure at `span` in a sentence's `tokens`; `clauseStart` limits the look-back. */
export function subjectOf(text: string, span: Span, tokens: readonly Token[], clauseStart: number, unit?: string): Span | null {
  if (unit && unit !== 'percent' && unit !== 'ratio') return null;
  let i = tokens.findIndex((t) => t.start >= span.end);
  // "40% of voters", "dozens of protesters", "3,000 of them".
  if (i >= 0 && /^of$/iu.test(tokens[i]!.text)) {
    i++;
    // "241 of the 242 people on board": the part counts who the whole counts
    if (/^(?:the|all)$/iu.test(tokens[i]?.text ?? '') && tokens[i + 1]?.pos === 'NUM') i += 2;
  }
  const after = i >= 0 ? nounPhraseAt(tokens, i) : null;
  if (after && !GENERIC.test(text.slice(after.start, after.end))) return after;
  for (let k = 0; k < tokens.length && tokens[k]!.end <= span.start; k++) {
    if (tokens[k]!.start < clauseStart || !/^of$/iu.test(tokens[k]!.text)) continue;
    if (!NUMBER_OF.test(text.slice(Math.max(0, tokens[k]!.start - 12), tokens[k]!.end + 1))) continue;
    const phrase = nounPhraseAt(tokens, k + 1);
    // "the toll of the ferry disaster": an event's toll counts its victims, so the event is no subject
    if (phrase && phrase.end <= span.start && !eventNouns.has(lastWord(text, phrase))) return phrase;
  }
  return unit ? null : after;
}
