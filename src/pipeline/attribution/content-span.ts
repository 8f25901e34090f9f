/**
 * Where the reported proposition lies relative to a cue clause. Content after a cue runs to the
 * end of the sentence (stopping before the final full stop, or at the end of a quotation that
 * opens right after the cue); content before a cue clause is the quotation that closes right
 * before it, else the sentence up to the comma that introduces the clause.
 */
import type { Span, Token } from '../../model/doc.js';
import { cueGerunds, cueVerbs, statementSettings } from '../../lexicons/cues.js';

const CUE_LEMMAS = new Set<string>(cueVerbs.map((v) => v.lemma));
import { isCloseQuote, isOpenQuote, quoteAround, quoteEndingAt, quoteStartingAt, type Proposal, type View } from './view.js';

const FINAL = /^[.!?…]+$/u;
/** A comma before these opens a clause of the writer's, not the source's: "..., but still lost", "..., who is 70". */
const CLAUSE_BREAK = /^(?:but|though|although|while|whereas|who|however)$/u;

/** Content starting at token `k` and running to the end of sentence range [.., last]. */
/**
 * `phrase`: the cue is not a speech verb ("criticized", "called for") and its content is an
 * object phrase, which ends at the first comma, dash or subordinate clause.
 */
export function contentAfter(view: View, k: number, last: number, phrase = false): Span | null {
  const { tokens } = view;
  if (k > last) return null;
  const first = tokens[k]!;
  if (isOpenQuote(first)) {
    const q = quoteStartingAt(view, first.start);
    // the quotation is the whole content unless the sentence goes on after it ('"..." because "..."')
    const after = q ? view.text.slice(q.end, q.end + 2) : '';
    if (q && !/^\s?[\p{L}\p{N}“"(]/u.test(after)) return q;
  }
  let end = k;
  let verb = false;
  for (let m = k; m <= last; m++) {
    const t = tokens[m]!;
    // "criticized his rivals and won the state": an object phrase (no verb yet) ends where a second predicate of the subject begins
    if (m > k && !verb && /^(?:and|but)$/iu.test(t.text) && m + 1 <= last && isPredicate(tokens, m + 1)) break;
    verb ||= t.pos === 'VERB' || t.pos === 'AUX';
    if (t.text === ',' && m + 1 <= last) {
      // "..., adding that ..." and "..., according to ..." start another attribution, also after a quotation's closing mark (',” adding')
      const closing = isCloseQuote(tokens[m + 1]) && m + 2 <= last ? 1 : 0;
      const next = tokens[m + 1 + closing]!.text.toLowerCase();
      if (cueGerunds.has(next) || next === 'according' || (!closing && CLAUSE_BREAK.test(next))) {
        if (closing) end = m + 1;
        break;
      }
    }
    if (m === last && FINAL.test(t.text)) break;
    // "... momentum and said that ...": a second predicate of the same subject ends the content
    if (m > k && /^(?:and|but)$/iu.test(t.text) && m + 1 <= last && tokens[m + 1]!.pos === 'VERB' && CUE_LEMMAS.has(tokens[m + 1]!.lemma.toLowerCase())) break;
    if (t.text === ';') break;
    if (phrase && m > k && t.pos === 'ADP' && isTrailingSetting(tokens, m, last)) break;
    // a comma ends an object phrase, but not one that adds examples to it (", including ...", ", such as ...")
    if (phrase && m > k && (/^[—–(]$/u.test(t.text) || (/^--?$/u.test(t.text) && view.text[t.start - 1] === ' ') || /^(?:while|because|although)$/iu.test(t.text))) break;
    if (phrase && m > k && t.text === ',' && !/^(?:including|such)$/iu.test(tokens[m + 1]?.text ?? '') && !continuesList(tokens, m, last)) break;
    // "... would win and defeated ...": a second past-tense predicate is the writer's narration again,
    // but not coordinated participles ("the number of killed and wounded soldiers").
    if (m > k && /^(?:and|but)$/iu.test(t.text) && tokens[m + 1]?.pos === 'VERB' && /(?:ed|ied)$/u.test(tokens[m + 1]!.text) && !/(?:ed|en)$/u.test(tokens[m - 1]!.text)) break;
    end = m;
  }
  if (end < k) return null;
  let stop = tokens[end]!.end;
  // a quotation opened inside the content closes it, even in a later sentence
  const q = quoteAround(view, stop - 1);
  if (q && q.start >= first.start && q.end > stop) stop = q.end;
  if (FINAL.test(tokens[end]!.text) && end === k) return null;
  return { start: first.start, end: stop };
}

/**
 * "wants to triple the program, grow the corps and create a reserve": the comma at `comma` joins
 * items of a list, whose last item follows "and" or "or" and opens with the same part of speech.
 */
function continuesList(tokens: readonly Token[], comma: number, last: number): boolean {
  const next = tokens[comma + 1];
  if (!next || next.pos === 'PUNCT') return false;
  for (let n = comma + 2; n < last; n++) {
    const t = tokens[n]!;
    if (t.text === ',' || t.text === ';' || FINAL.test(t.text)) return false;
    if (/^(?:and|or)$/iu.test(t.text)) return tokens[n + 1]!.pos === next.pos;
  }
  return false;
}

/** A verb that opens a predicate: not a gerund ("and forcing …") nor a participle before "by" ("and fabricated by …"). */
function isPredicate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && !/ing$/iu.test(t.text) && tokens[k + 1]?.text.toLowerCase() !== 'by';
}

/** Prepositions that open a statement's setting; after an object phrase, any time clause does too. */
const SETTING_ADP = /^(?:on|in|at|during|via|over)$/iu;
const TIME_ADP = /^(?:during|since|after|before|amid|following|until)$/iu;

/**
 * Whether the preposition at `m`, inside an object-phrase content, opens a setting that runs to
 * the end of the content: "... on Twitter", "... in a statement on Thursday", "... during a rally
 * in Ohio" (a time clause, or a setting word within its first words; no verb after it but a
 * participle of a noun: "in a ruling released Thursday").
 */
function isTrailingSetting(tokens: readonly Token[], m: number, last: number): boolean {
  const head = tokens[m]!.text;
  let setting = TIME_ADP.test(head);
  if (!setting && !SETTING_ADP.test(head)) return false;
  for (let n = m + 1; n <= last; n++) {
    const t = tokens[n]!;
    if (FINAL.test(t.text) && n === last) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(tokens[n - 1]!.pos === 'NOUN' && /ed$/u.test(t.text))) return false;
    if (n <= m + 5 && statementSettings.has(t.text.toLowerCase())) setting = true;
  }
  return setting;
}

/**
 * Content ending right before token `p` (the comma or closing quote before a cue clause), not
 * before token `first` of the sentence.
 */
export function contentBefore(view: View, p: number, first: number): Span | null {
  const { tokens } = view;
  const t = tokens[p];
  if (!t) return null;
  if (isCloseQuote(t)) return quotedClause(view, quoteEndingAt(view, t.end), first);
  if (t.text !== ',' && t.text !== '—' && t.text !== '–') return null;
  const before = tokens[p - 1];
  if (before && isCloseQuote(before)) {
    const q = quoteEndingAt(view, before.end);
    if (q) return q;
  }
  if (p - 1 < first) return null;
  // '"...," Senate Leader Roe, R-Ky., said': a quotation, then a speaker the rules could not read
  // (verbs may sit in that speaker's description when the quotation opens the sentence and closes on a comma)
  let verbs = false;
  for (let q = p - 1; q > first; q--) {
    const t = tokens[q]!;
    if (isCloseQuote(t) && q < p - 1 && /^\p{Lu}/u.test(tokens[q + 1]!.text)) {
      const quote = quoteEndingAt(view, t.end);
      if (quote && (!verbs || (quote.start === tokens[first]!.start && /,\P{L}?$/u.test(view.text.slice(quote.start, quote.end))))) return quote;
      break;
    }
    verbs ||= t.pos === 'VERB' || t.pos === 'AUX';
  }
  return { start: tokens[clauseStart(tokens, first, p)]!.start, end: tokens[p - 1]!.end };
}

/**
 * A quotation that finishes a clause the writer began ('Raising the tax "is a misguided
 * approach," he said'): the content is the whole clause from the sentence start.
 */
function quotedClause(view: View, quote: Span | undefined, first: number): Span | null {
  if (!quote) return null;
  const { tokens } = view;
  let open = first;
  while (open < tokens.length && tokens[open]!.start < quote.start) open++;
  const before = tokens[open - 1];
  if (open <= first || !before || before.pos === 'PUNCT' || before.pos === 'VERB') return quote;
  const start = clauseStart(tokens, first, open);
  // 'X said she felt it was right because "...," she said': the clause is X's attribution, not the writer's
  for (let k = start; k < open; k++) if (tokens[k]!.pos === 'VERB' && CUE_LEMMAS.has(tokens[k]!.lemma.toLowerCase())) return quote;
  return { start: tokens[start]!.start, end: quote.end };
}

/** A quotation opening at token `k` (after "he said, "), the second part of a split quote. */
export function quoteAfter(view: View, k: number): Span | null {
  const t: Token | undefined = view.tokens[k];
  return t && isOpenQuote(t) ? (quoteStartingAt(view, t.start) ?? null) : null;
}

/**
 * Where content before token `limit` starts: after a dateline, and after a leading conjunction
 * ("But the plan will fail, he said.": it links to the writer's previous sentence).
 */
function clauseStart(tokens: readonly Token[], first: number, limit: number): number {
  const start = afterDateline(tokens, first, limit);
  if (start < limit - 1 && /^(?:and|but|or|so|yet)$/iu.test(tokens[start]!.text)) return start + 1;
  // "However, the plan will fail, he said": a connective with its comma links to the writer's text too
  for (const words of CONNECTIVES) {
    const comma = start + words.length;
    if (comma < limit - 1 && tokens[comma]!.text === ',' && words.every((w, k) => tokens[start + k]!.text.toLowerCase() === w)) return comma + 1;
  }
  return start;
}

/** Connectives that open a sentence with a comma and that PolNeAR leaves out of content (train: 25 of 27 times). */
const CONNECTIVES = ['however', 'still', 'meanwhile', 'indeed', 'moreover', 'nevertheless', 'nonetheless', 'yet', 'also', 'additionally', 'furthermore', 'separately', 'in fact', 'in addition', 'at the same time'].map((c) => c.split(' '));

/** Skips a dateline opening the sentence: "CAMBRIDGE, Mass., Dec. 11 (UPI) — ...". */
function afterDateline(tokens: readonly Token[], first: number, limit: number): number {
  for (let m = first; m < Math.min(limit, first + 14); m++) {
    if (/^[—–-]$/u.test(tokens[m]!.text) && tokens[m - 1]?.text === ')') return m + 1 < limit ? m + 1 : first;
  }
  return first;
}

/**
 * "… of sexism.'|'": wink may end a sentence between the two apostrophes of a closing quotation
 * mark (''like this''), and a content ending with the sentence then holds only the first; it
 * takes the second too.
 */
export function withWholeQuoteMarks(text: string, p: Proposal): Proposal {
  const cut = (c: Span) => text[c.end - 1] === "'" && text[c.end] === "'" && text[c.end - 2] !== "'";
  if (!p.content.some(cut)) return p;
  return { ...p, content: p.content.map((c) => (cut(c) ? { start: c.start, end: c.end + 1 } : c)) };
}

/** A list item's marker ("- ", "• ", "* ") opening a content: layout, not what was said. */
const BULLET = /^[-•*–—▪►]\s+/u;

/** "- Police have detained 402 people, according to the ministry": the content starts after the bullet. */
export function withoutBullets(text: string, p: Proposal): Proposal {
  const marker = (c: Span) => BULLET.exec(text.slice(c.start, Math.min(c.end, c.start + 4)))?.[0].length ?? 0;
  if (!p.content.some((c) => marker(c) > 0 && marker(c) < c.end - c.start)) return p;
  return { ...p, content: p.content.map((c) => { const m = marker(c); return m > 0 && m < c.end - c.start ? { start: c.start + m, end: c.end } : c; }) };
}
