import type { Token } from '../../model/doc.js';
import { nameKind } from '../../nlp/name-lexicon.js';
import { organizationWords } from '../../lexicons/organizations.js';
import { placeSuffixes } from '../../lexicons/places.js';
import { roleHeadAt, type RoleHead } from './role-heads.js';
import type { NameChunk } from './chunk-names.js';

/** Token ranges [first, last) inside a chunk: the title part and the name part, either may be absent. */
export interface TitledName {
  readonly title?: { first: number; last: number; head: RoleHead };
  readonly name?: { first: number; last: number };
}

const MODIFIERS = new Set(['supreme', 'deputy', 'vice', 'acting', 'former', 'prime', 'chief', 'senior', 'top', 'interim', 'first', 'foreign', 'defence', 'defense', 'interior', 'finance', 'state', 'general', 'lieutenant', 'attorney', 'press', 'head', 'assistant', 'executive', 'presidential', 'republican', 'democratic', 'democrat', 'gop', 'house', 'senate', 'white']);
const ORG_WORDS = new Set<string>(organizationWords);
const PLACE_SUFFIXES = new Set<string>(placeSuffixes);

/** Not a personal name: an institution word, a known place, a role modifier. */
export function isInstitutional(token: Token): boolean {
  const kind = nameKind(token.text);
  return ORG_WORDS.has(token.text) || PLACE_SUFFIXES.has(token.text) || MODIFIERS.has(token.text.toLowerCase()) || kind === 'country' || kind === 'place' || kind === 'demonym' || kind === 'organization';
}

const nameLike = (t: Token) => /^\p{Lu}/u.test(t.text) && !isInstitutional(t);

/**
 * Splits "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi" into the title
 * and the name, and "Volodymyr Zelenskyy President of Ukraine" into the name and the title.
 * The name after an "of" complement is the trailing run of name-like words that follows an
 * institution or place word, so "Ukraine" stays in the title.
 */
export function splitTitle(tokens: readonly Token[], chunk: NameChunk): TitledName {
  let roleAt = -1;
  let head: RoleHead | undefined;
  for (let i = chunk.first; i < chunk.last && !head; i++) {
    head = roleHeadAt(tokens, i, chunk.last);
    if (head) roleAt = i;
  }
  // "the Supreme Commander-in-Chief's Headquarters" names an institution, not an office holder.
  if (!head || /^['’]s$/u.test(tokens[roleAt + head.words.length]?.text ?? '')) return { name: { first: chunk.first, last: chunk.last } };
  // "General Staff", "the UN General Assembly": a title word before an institution word names the institution
  const after = tokens[roleAt + head.words.length];
  if (roleAt + head.words.length < chunk.last && after && ORG_WORDS.has(after.text)) return { name: { first: chunk.first, last: chunk.last } };
  let titleFirst = roleAt;
  while (titleFirst > chunk.first && isInstitutional(tokens[titleFirst - 1]!)) titleFirst--;
  let titleLast = roleAt + head.words.length;
  let nameAfter: { first: number; last: number } | undefined;
  if (titleLast < chunk.last && tokens[titleLast]!.text === 'of') {
    const split = trailingNameStart(tokens, titleLast + 1, chunk.last);
    titleLast = split ?? chunk.last;
    if (split !== undefined) nameAfter = { first: split, last: chunk.last };
  } else if (titleLast < chunk.last) {
    nameAfter = { first: titleLast, last: chunk.last };
  }
  // "Norland President Erik Hale": with a name after the title, the words before it say whose office it is
  if (nameAfter && titleFirst > chunk.first) return { title: { first: chunk.first, last: titleLast, head }, name: nameAfter };
  const title = { first: titleFirst, last: titleLast, head };
  if (titleFirst > chunk.first) return { title, name: { first: chunk.first, last: titleFirst } };
  return nameAfter ? { title, name: nameAfter } : { title };
}

function trailingNameStart(tokens: readonly Token[], from: number, to: number): number | undefined {
  let k = to;
  while (k > from && nameLike(tokens[k - 1]!) && to - (k - 1) <= 4) k--;
  if (k === to || k === from) return undefined;
  if (isInstitutional(tokens[k - 1]!)) return k;
  // An unknown place before the name ("of Ruritania Petar Novak"): split at a known first name.
  for (let f = k + 1; f < to; f++) if (nameKind(tokens[f]!.text) === 'first-name') return f;
  return undefined;
}
