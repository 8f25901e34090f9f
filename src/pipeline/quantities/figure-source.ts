/**
 * Whose figure the words around a number say it is: "the police figure of 42,000", "Ukraine's
 * estimate of 3,800", "a UN count of 1,200", "the 44 reported by the WHO". Inside a claim such a
 * figure is the claim's source relaying someone else's number ("The ministry said 45,000 had
 * marched, more than the police figure of 42,000"): the trail sets it against the police's other
 * figures, not the ministry's.
 */
import type { Span, Token } from '../../model/doc.js';
import { categoryLexicon } from '../../lexicons/categories.js';
import { BOUND } from './earlier.js';
import { organizationWords } from '../../lexicons/organizations.js';

/** A count noun and what links it to the number, right before the number (and its bound). */
const COUNT_BEFORE = new RegExp(String.raw`\b(?:figure|figures|estimate|estimates|count|tally)\s+(?:of|at|was|is|stood\s+at|stands\s+at|put\s+it\s+at)\s+${BOUND}$`, 'iu');
/** How far before a number its count noun and the words naming the source may start. */
const REACH = 80;
/** Words that say what is counted ("the casualty figure", "the crowd estimate"), never whose the figure is. */
const COUNTED_WORDS: ReadonlySet<string> = new Set(categoryLexicon.flatMap((e) => e.forms).filter((f) => !f.includes(' ')).map((f) => f.toLowerCase()));
/**
 * Common nouns that say whose a figure is before its count noun ("the police figure", "a union
 * estimate"): institutions and those who speak for them. Other nouns there say what is counted
 * ("the delegate count").
 */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([...organizationWords.map((w) => w.toLowerCase()), 'organisers', 'organizers', 'officials', 'authorities', 'military', 'city', 'state', 'unions', 'hospitals', 'ministries']);
/** Days and months say when the figure was given ("the March figure"), not by whom; "official", "latest" say what kind of figure it is. */
const NOT_WHOSE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|day|official|latest|new|previous|initial|final|revised|updated|provisional|preliminary|earlier|independent)$/iu;

/**
 * The words naming the figure's source, or null: the nouns or names before the count noun, or
 * its possessive owner ("the organisers' own estimate", "Kyiv's figure").
 * `tokens` are the figure's sentence's.
 */
export function figureSource(text: string, figure: Span, tokens: readonly Token[]): Span | null {
  const lead = text.slice(Math.max(0, figure.start - REACH), figure.start);
  const m = COUNT_BEFORE.exec(lead);
  if (!m) return reportedBy(text, figure, tokens);
  const nounStart = figure.start - lead.length + m.index;
  // the tokens before the count noun, back to a determiner, back over nouns, names and a possessive
  let k = tokens.findIndex((t) => t.start >= nounStart) - 1;
  if (k < 0) return null;
  if (/^own$/iu.test(tokens[k]!.text)) k--;
  let possessive = false;
  if (k >= 0 && /^['’]s?$/u.test(tokens[k]!.text)) {
    possessive = true;
    k--;
  }
  const last = k;
  while (k >= 0 && isSourceWord(tokens[k]!, possessive)) k--;
  if (k === last) return null;
  const first = k + 1;
  // "the latest police estimate": an adjective is no source, the nouns after it may be; "Kyiv's" is "Kyiv"
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

function isSourceWord(t: Token, possessive: boolean): boolean {
  const word = t.text.toLowerCase();
  if (NOT_WHOSE.test(word) || COUNTED_WORDS.has(word)) return false;
  if (t.pos === 'PROPN' || SOURCE_NOUNS.has(word) || (possessive && t.pos === 'NOUN')) return true;
  // an owner's adjectives are its name's ("the interior ministry's", "the Red Cross's"); a modifier's are the figure's ("the latest police figure")
  return possessive && t.pos !== 'DET' && (t.pos === 'ADJ' || /^\p{Lu}/u.test(t.text));
}

/** "the 44 reported by the WHO", "the 12 confirmed by police": the figure, then who gave it. */
const BY_AFTER = /^\s+(?:reported|given|announced|cited|confirmed|released|published|recorded|counted)\s+by\s+(?:the\s+)?(?=\S)/iu;

/** The source named by "reported by …" right after a figure that "the" makes a known count ("the 44"), or null. */
function reportedBy(text: string, figure: Span, tokens: readonly Token[]): Span | null {
  if (!/\bthe\s+$/iu.test(text.slice(Math.max(0, figure.start - 5), figure.start))) return null;
  const m = BY_AFTER.exec(text.slice(figure.end, figure.end + REACH));
  if (!m) return null;
  const from = tokens.findIndex((t) => t.start >= figure.end + m[0].length);
  // "local police officials": names, nouns, and adjectives before them
  let to = from;
  while (to >= 0 && to < tokens.length && (tokens[to]!.pos === 'PROPN' || tokens[to]!.pos === 'ADJ' || SOURCE_NOUNS.has(tokens[to]!.text.toLowerCase()) || (to > from && tokens[to]!.pos === 'NOUN'))) to++;
  while (to > from && tokens[to - 1]!.pos === 'ADJ') to--;
  return from >= 0 && to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
}
