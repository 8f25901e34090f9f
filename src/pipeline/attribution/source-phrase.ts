/**
 * Finds the noun phrase that names a source next to a cue, by POS: PolNeAR-style sources are
 * whole noun phrases ("Republican presidential candidate Donald Trump", "Clinton's campaign",
 * "the head of state", "Obama and Clinton"), a pronoun, or a relative "who".
 */
import type { Token } from '../../model/doc.js';

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
const MODIFIER = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Whether `word` is a possessive determiner ("his", "its", "their"), in any case. */
export const isPossessive = (word: string): boolean => POSSESSIVE.has(word.toLowerCase());
/** Words wink may tag as nouns that never head a source ("Tuesday said" is a date, not a speaker). */
const NOT_HEAD = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'week', 'year', 'time', 'statement', 'interview', 'this', 'that', 'there']);

const isHead = (t: Token): boolean =>
  (NOMINAL.has(t.pos) || (t.pos === 'PRON' && !POSSESSIVE.has(t.text.toLowerCase()))) && !NOT_HEAD.has(t.text.toLowerCase());

/** Nouns of time that open no speaker's name. */
const TIME_NOUN = new Set(['week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'hour']);

/** An abbreviation token ("Sen.", "Gov.", "U.S."), a name-internal hyphen or slash, or a possessive mark keeps the phrase going. */
const isJoiner = (t: Token): boolean => /^(?:\p{Lu}[\p{L}.]{0,4}\.|-|–|&|\/)$/u.test(t.text);

/** A capitalised word that wink tagged as something else ("Cook said", "Morning Consult"), never a day or month. */
const isNameLike = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'PUNCT' && !NOT_HEAD.has(t.text.toLowerCase());

/**
 * The source phrase ending at token `last` (going left, not past `first`): [start, last] token
 * indexes, or null when `last` cannot head one.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, first: number): [number, number] | null {
  // "Rep. Paul Ryan (R-WI) said": a party-and-state tag in brackets belongs to the name
  if (tokens[last]?.text === ')') {
    let open = last - 1;
    while (open > first && open > last - 8 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(' && open > first) {
      const name = phraseEndingAt(tokens, open - 1, first);
      return name ? [name[0], last] : null;
    }
  }
  const head = tokens[last];
  if (!head) return null;
  // wink sometimes tags a surname as a verb or adjective ("Cook said", "Lynch announced"): a capitalised word right before the cue is a name here
  if (!isHead(head) && !isNameLike(head)) return null;
  if (head.pos === 'PRON') return [last, last];
  let start = last;
  for (let i = last - 1; i >= first; i--) {
    const t = tokens[i]!;
    const low = t.text.toLowerCase();
    // "Earlier in the week officials had said": a time word ends a time phrase, not a compound ("the week's figures" goes on)
    if (TIME_NOUN.has(low) && tokens[i + 1]!.pos !== 'PART') break;
    // "registered voters", "captured soldiers": a participle before a noun modifies it;
    // "a Morning Consult poll": a capitalised word inside a name whatever wink tagged it
    const modifier = MODIFIER.has(t.pos) || isJoiner(t) || (t.pos === 'PRON' && POSSESSIVE.has(low)) ||
      (t.pos === 'VERB' && /(?:ed|ing)$/u.test(low) && NOMINAL.has(tokens[i + 1]!.pos)) || (i > first && isNameLike(t)) || (/^['’]$/u.test(t.text) && /s$/iu.test(tokens[i - 1]?.text ?? "") && NOMINAL.has(tokens[i + 1]!.pos)) || isAbbreviationDot(tokens, i) || isHyphenatedPart(tokens, i);
    if (modifier) {
      start = i;
      // a determiner opens the phrase: "the Founding Fathers", not "Amendment the Founding Fathers" (but "all the attendees")
      if (t.pos === 'DET' || t.pos === 'PRON') {
        if (i > first && /^(?:all|both|half)$/iu.test(tokens[i - 1]!.text)) start = i - 1;
        break;
      }
      continue;
    }
    // "six in 10", "52 percent of voters"
    if (low === 'in' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM' && i > first) {
      start = i;
      continue;
    }
    // "the head of state", "Secretary of State John Kerry", "Obama and Clinton"
    if (((low === 'of' && NOMINAL.has(tokens[i - 1]?.pos ?? '')) || (low === 'and' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN')) && i > first) {
      start = i;
      continue;
    }
    break;
  }
  while (start < last && /^(?:-|–|&|and|of)$/iu.test(tokens[start]!.text)) start++;
  // "sources close to the investigation", "people familiar with the talks": the speakers are the noun before the relation
  const relation = insiderRelationBefore(tokens, start, first);
  if (relation !== null) {
    const speakers = phraseEndingAt(tokens, relation - 1, first);
    if (speakers && INSIDER_HEADS.test(tokens[relation - 1]!.text)) return [speakers[0], last];
  }
  return [start, last];
}

/** Parts of speech of a subject that opens its sentence. */
const SUBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
/** An opening subject is at most this many words. */
const MAX_OPENING_SUBJECT = 6;

/**
 * The words from the sentence's `first` token to `last` as its subject, where phraseEndingAt reads
 * none: "The general" (read as an adjective), "The army's statement" (a head that names no speaker
 * after a verb, "said in a statement"). A few nominal words, or null.
 */
export function openingSubject(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  // "Late last night police said": the time phrase before the subject is no part of it
  for (let i = last - 1; i >= first; i--) if (TIME_NOUN.has(tokens[i]!.text.toLowerCase()) && tokens[i + 1]!.pos !== 'PART') first = i + 1;
  return last >= first && last - first < MAX_OPENING_SUBJECT && tokens.slice(first, last + 1).every((t) => SUBJECT_WORD.has(t.pos)) ? [first, last] : null;
}

/** Who may stand in such a relation: sources, people, officials… (as resolve-source's INSIDER reads them, unnamed). */
const INSIDER_HEADS = /^(?:sources?|insiders?|persons?|people|individuals?|someone|officials?|aides?|diplomats?)$/iu;
const INSIDER_RELATIONS: readonly (readonly string[])[] = [['close', 'to'], ['familiar', 'with'], ['briefed', 'on'], ['with', 'knowledge', 'of'], ['knowledgeable', 'about']];

/** The first token of a relation ("close to", "familiar with") right before token `start`, or null. */
function insiderRelationBefore(tokens: readonly Token[], start: number, first: number): number | null {
  for (const words of INSIDER_RELATIONS) {
    const from = start - words.length;
    if (from - 1 >= first && words.every((w, k) => tokens[from + k]!.text.toLowerCase() === w)) return from;
  }
  // "people with knowledge of the matter": the phrase already took "knowledge of the matter"
  if (start - 1 > first && tokens[start - 1]!.text.toLowerCase() === 'with' && tokens[start]!.text.toLowerCase() === 'knowledge') return start - 1;
  return null;
}

/** "the packaged-food maker", "a well-known firm": a word joined by a hyphen to the next is part of one compound, whatever wink tagged it. */
const isHyphenatedPart = (tokens: readonly Token[], i: number): boolean => {
  const hyphen = tokens[i + 1], next = tokens[i + 2];
  return !!hyphen && !!next && /^[-‐]$/u.test(hyphen.text) && hyphen.start === tokens[i]!.end && next.start === hyphen.end && /^\p{L}/u.test(tokens[i]!.text);
};

/** "Maj. Gen.": the full stop of a short capitalised abbreviation, which wink split off, is inside the phrase. */
const isAbbreviationDot = (tokens: readonly Token[], i: number): boolean => tokens[i]!.text === '.' && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[i - 1]!.text);

/** The source phrase starting at token `first` (going right, not past `last`), as in "..., said Sen. Jane Roe." */
export function phraseStartingAt(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let end = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const low = t.text.toLowerCase();
    if (i === first && t.pos === 'PRON' && !POSSESSIVE.has(low)) return isHead(t) ? [i, i] : null;
    // "told reporters that ...": a complementizer wink may tag DET ("told this newspaper": a determiner opening the phrase is one)
    if ((low === 'that' || low === 'this') && !(i === first && low === 'this' && tokens[i + 1]?.pos === 'NOUN' && !TIME_NOUN.has(tokens[i + 1]!.text.toLowerCase()))) break;
    // "the commander-in-chief": a compound glued by hyphens is one word, whatever its parts' tags
    const afterHyphen = tokens[i - 1]?.text === '-' && end === i - 2;
    if (i > first && t.start === tokens[i - 1]!.end && ((t.text === '-' && end === i - 1) || afterHyphen)) {
      if (/\p{L}/u.test(t.text)) end = i;
      continue;
    }
    if (MODIFIER.has(t.pos) || isJoiner(t) || (t.pos === 'PRON' && POSSESSIVE.has(low))) {
      if (isHead(t)) end = i;
      continue;
    }
    if ((low === 'of' || low === 'and' || low === 'for') && end === i - 1 && i < last && MODIFIER.has(tokens[i + 1]!.pos)) continue;
    break;
  }
  return end >= first ? [first, end] : null;
}

/** "Britain-based": token `k` is the hyphen or the part after it of a glued compound (isHyphenatedPart opens it). */
const inCompound = (tokens: readonly Token[], k: number): boolean => (k >= 1 && isHyphenatedPart(tokens, k - 1)) || (k >= 2 && isHyphenatedPart(tokens, k - 2));

/** "a war monitor,": a word the tagger read as a verb, closing a phrase that opens on a determiner before a comma, is its noun. */
function endsNounPhrase(tokens: readonly Token[], m: number, first: number): boolean {
  if (tokens[m + 1]?.text !== ',') return false;
  let k = m - 1;
  // ("a Britain-based war monitor": a hyphenated compound before the noun)
  while (k > first && k >= m - 5 && (/^(?:NOUN|ADJ|PROPN)$/u.test(tokens[k]!.pos) || inCompound(tokens, k))) k--;
  return k < m - 1 && tokens[k]?.pos === 'DET';
}

/**
 * A source with an appositive or relative clause, as PolNeAR marks it, trailing comma included:
 * "Chris Cox, who runs the lobbying arm," / "Jane Roe, 35, the daughter of ...,". `comma` is the
 * comma right before the cue; null when no such phrase ends there.
 */
export function appositiveEndingAt(tokens: readonly Token[], comma: number, first: number): [number, number] | null {
  for (let m = comma - 1; m > first && m >= comma - 30; m--) {
    const t = tokens[m]!;
    if (t.pos === 'VERB' && !/^(?:who|which)$/iu.test(tokens[m - 1]?.text ?? '') && tokens[m - 1]?.pos !== 'PRON' && tokens[m - 1]?.pos !== 'ADV' && !endsNounPhrase(tokens, m, first) && !inCompound(tokens, m)) {
      // a finite verb outside a relative clause: not an appositive unless a "who" comes before it
      let rel = false;
      for (let r = m - 1; r > first && tokens[r]!.text !== ','; r--) if (/^(?:who|which)$/iu.test(tokens[r]!.text)) rel = true;
      if (!rel) return null;
    }
    if (t.text !== ',') continue;
    let np = phraseEndingAt(tokens, m - 1, first);
    if (!np) return null;
    // "the Syrian Observatory for Human Rights,": a name goes on over "for" or "of" to the name before
    if (np[0] - 2 > first && /^(?:for|of)$/u.test(tokens[np[0] - 1]!.text) && tokens[np[0] - 2]!.pos === 'PROPN') {
      const head = phraseEndingAt(tokens, np[0] - 2, first);
      if (head) np = [head[0], np[1]];
    }
    const opener = tokens[m + 1]!;
    if (!(/^(?:who|which)$/iu.test(opener.text) || ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(opener.pos))) return null;
    const before = tokens[np[0] - 1];
    // '“…,” the mayor, Eluned Morgan, said': a closing quotation mark may end the words before the speaker too
    if (np[0] !== first && before && !/^(?:[,;:“”"]|''|and|but|that)$/iu.test(before.text)) return null;
    return tokens[np[1]]!.pos === 'PROPN' || tokens[np[1]]!.pos === 'NOUN' ? [np[0], comma] : null;
  }
  return null;
}
