import type { EntityType, Token } from '../../model/doc.js';
import { NAME_PARTICLE, nameKind } from '../../nlp/name-lexicon.js';
import { nameOnlyOrganizationWords, organizationWords, standaloneOrganizations } from '../../lexicons/organizations.js';
import { COMPASS_WORD, placeHeads, placePrefixes, placePrepositions, placeSuffixes } from '../../lexicons/places.js';

const ORG_WORDS = new Set<string>(organizationWords);
const STANDALONE_ORGS = new Set<string>(standaloneOrganizations);
const NAME_ONLY_ORG_WORDS = new Set<string>(nameOnlyOrganizationWords);
const PLACE_SUFFIXES = new Set<string>(placeSuffixes);
const PLACE_PREFIXES = new Set<string>(placePrefixes);
const PLACE_HEADS = new Set<string>(placeHeads);
const PLACE_PREPOSITIONS = new Set<string>(placePrepositions);
const COMPASS = new RegExp(`^${COMPASS_WORD}$`, 'iu');

export interface TypedName {
  readonly type: EntityType | undefined;
  readonly rule: string;
}

/**
 * Types a name from its words and its neighbours, strongest evidence first: the lexicon
 * (countries, cities, first names), institution words, place heads ("the Kursk region"), a
 * place preposition ("in Kursk"), then the shape of a personal name (two or more words).
 */
export function typeName(tokens: readonly Token[], first: number, last: number, titled: boolean): TypedName {
  const words = tokens.slice(first, last);
  const text = words.map((t) => t.text).join(' ').replace(/ - /gu, '-');
  const whole = nameKind(text);
  const next = tokens[last];
  // "in eastern Velmistan": a compass word between the preposition and the name
  const previous = COMPASS.test(tokens[first - 1]?.text ?? '') ? tokens[first - 2] : tokens[first - 1];
  if (titled) return { type: 'person', rule: 'entities/titled-person' };
  if (whole === 'country' || whole === 'place') return { type: 'place', rule: 'entities/known-place' };
  if (whole === 'demonym-plural') return { type: 'group', rule: 'entities/demonym-group' };
  if (whole === 'demonym') return { type: undefined, rule: 'entities/demonym-adjective' };
  // "International observers said": a word that marks an organisation inside a name is no name alone
  if (words.length === 1 && NAME_ONLY_ORG_WORDS.has(text) && whole !== 'organization') return { type: undefined, rule: 'entities/unknown' };
  if (whole === 'organization' || words.some((t) => ORG_WORDS.has(t.text)) || (words.length === 1 && STANDALONE_ORGS.has(text))) {
    return { type: 'organization', rule: 'entities/institution-word' };
  }
  if (PLACE_SUFFIXES.has(words[words.length - 1]!.text)) return { type: 'place', rule: 'entities/place-suffix' };
  if (words.length >= 2 && PLACE_PREFIXES.has(words[0]!.text)) return { type: 'place', rule: 'entities/place-prefix' };
  if (next && PLACE_HEADS.has(next.text.toLowerCase()) && next.sentence === words[0]!.sentence) return { type: 'place', rule: 'entities/place-head' };
  const firstKind = nameKind(words[0]!.text);
  if (whole === 'person' || whole === 'last-name') return { type: 'person', rule: 'entities/known-name' };
  // name parts as written: "Smith-Jones", "Jong-un" are one part each
  // lower-case surname particles ("de", "von der") are no parts of their own
  const parts = text.split(' ').filter((w) => !NAME_PARTICLE.test(w));
  if (parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w))) {
    const kinds = parts.map((w) => nameKind(w));
    if (kinds.some((k) => k === 'country' || k === 'place' || k === 'demonym' || k === 'demonym-plural')) return { type: undefined, rule: 'entities/mixed' };
    if (firstKind === 'first-name') return { type: 'person', rule: 'entities/first-name' };
    // Without a known first name, a name shape counts only if no word is an ordinary English word.
    if (!kinds.includes('common')) return { type: 'person', rule: 'entities/name-shape' };
  }
  if (previous && PLACE_PREPOSITIONS.has(previous.text.toLowerCase()) && words.length <= 3) return { type: 'place', rule: 'entities/place-preposition' };
  if (firstKind === 'first-name' && words.length === 1) return { type: 'person', rule: 'entities/first-name' };
  return { type: undefined, rule: 'entities/unknown' };
}
