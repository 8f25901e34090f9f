import type { Doc, Span, Token } from '../../model/doc.js';
import { overlaps } from '../../model/span.js';
import { NAME_PARTICLE, nameKind } from '../../nlp/name-lexicon.js';
import { organizationWords } from '../../lexicons/organizations.js';
import { roleHeadBefore } from './role-heads.js';
import { isInstitutional as institutionalWord } from './split-title.js';

const INSTITUTIONS = new Set<string>(organizationWords);

/** A run of capitalised tokens that may name someone or something, with its token range. */
export interface NameChunk extends Span {
  readonly first: number;
  /** Index after the last token. */
  readonly last: number;
}

/** Capitalised words that start sentences or clauses but never names. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'by', 'to', 'from', 'with', 'as', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after', 'before', 'since', 'according', 'there', 'here', 'now', 'then', 'also', 'however', 'meanwhile', 'yet', 'still', 'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes', 'mr', 'ms', 'mrs', 'all', 'some', 'many', 'most', 'more', 'one', 'two', 'every', 'each', 'other', 'another', 'despite', 'although', 'though', 'because', 'during', 'until', 'over', 'under', 'about', 'among', 'between', 'both', 'either', 'neither', 'just', 'even', 'only', 'last', 'next', 'first', 'read', 'photo', 'share', 'video', 'update', 'updated', 'breaking', 'exclusive', 'opinion']);

const CAPITALISED = /^\p{Lu}/u;

/** "of" continues a name only after an institution, place or office: "Armed Forces of Ukraine", "Secretary of State". */
function isInstitutional(token: Token): boolean {
  return institutionalWord(token) || roleHeadBefore([token], 1) !== undefined;
}

function isNameToken(token: Token, atSentenceStart: boolean): boolean {
  if (!CAPITALISED.test(token.text) || token.type === 'punctuation') return false;
  const lower = token.text.toLowerCase();
  if (FUNCTION_WORDS.has(lower.replace(/\.$/u, ''))) return false;
  const kind = nameKind(lower);
  if (kind === 'month' || kind === 'weekday') return false;
  // Sentence-initial capitals carry no signal: accept only what the tagger or lexicon calls a name.
  if (atSentenceStart) return token.pos === 'PROPN' || (kind !== undefined && kind !== 'common');
  return true;
}

/**
 * Finds capitalised name chunks, allowing the inner glue names need: "of" ("Armed Forces of
 * Ukraine"), "the" after "of", hyphen compounds ("Commander-in-Chief") and "'s" before an
 * institution word ("Supreme Commander-in-Chief's Headquarters" is cut at the "'s").
 * Title-case headings are skipped: every word is capitalised there.
 */
export function chunkNames(doc: Doc, skip: readonly Span[]): NameChunk[] {
  const { tokens } = doc;
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const start = i === 0 || tokens[i - 1]!.sentence !== token.sentence || /^["“‘(]$/u.test(tokens[i - 1]!.text);
    if (!isNameToken(token, start) || skip.some((s) => overlaps(s, token))) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = i + 1;
    while (j < tokens.length && tokens[j]!.sentence === token.sentence) {
      const t = tokens[j]!;
      if (isNameToken(t, false)) {
        end = j + 1;
        j++;
      } else if (/^['’]s$/u.test(t.text) && j + 1 < tokens.length && INSTITUTIONS.has(tokens[j + 1]!.text)) {
        j++;
      } else if (isGivenNameTail(tokens, j)) {
        // "Kim Jong-un", "Lee Seong-kweun": a lower-case syllable glued after a hyphen ends the name
        end = j + 2;
        j += 2;
      } else if (isHyphenGlue(tokens, j)) {
        j++;
      } else if (NAME_PARTICLE.test(t.text) && particleRunEndsInName(tokens, j)) {
        // "Anna de Vries", "Ulla von der Lahn", "Bashar al-Assad": lower-case particles inside a name
        j++;
      } else if (isOrganizationGlue(tokens, j) || isConjoinedInstitution(tokens, j)) {
        j++;
      } else if (t.text === 'of' && isInstitutional(tokens[j - 1]!) && j + 1 < tokens.length && (isNameToken(tokens[j + 1]!, false) || (tokens[j + 1]!.text === 'the' && j + 2 < tokens.length && isNameToken(tokens[j + 2]!, false)))) {
        j += tokens[j + 1]!.text === 'the' ? 2 : 1;
      } else break;
    }
    // SHOUTED HEADLINE WORDS are not names; acronyms of one word are.
    const shouted = end - i > 1 && tokens.slice(i, end).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
    if (!shouted) chunks.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, first: i, last: end });
    i = Math.max(end, i + 1);
  }
  return chunks;
}

/**
 * "Office for National Statistics", "Council on Foreign Relations", "Committee to Protect
 * Journalists": "for", "on" or "to" right after an institution word continues its name into the
 * next capitalised word, unless that is a place ("sent the Army to Kherson").
 */
function isOrganizationGlue(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!/^(?:for|on|to)$/u.test(tokens[j]!.text) || !INSTITUTIONS.has(tokens[j - 1]!.text) || !next || next.sentence !== tokens[j]!.sentence || !isNameToken(next, false)) return false;
  const kind = nameKind(next.text.toLowerCase());
  return kind !== 'place' && kind !== 'country' && kind !== 'demonym';
}

/** Kinds of a word that name someone or somewhere on their own: "Kell and Ostra Police" are two. */
const STANDS_ALONE: ReadonlySet<string | undefined> = new Set(['place', 'country', 'demonym', 'demonym-plural', 'first-name', 'last-name', 'person', 'organization']);
/** How many capitalised words after "and" may lead to the institution word. */
const CONJOINED_REACH = 4;

/**
 * "Disaster and Emergency Management Authority", "Department of Health and Human Services": "and"
 * inside one body's name, between a word that is no name on its own and capitalised words ending
 * in an institution word.
 */
function isConjoinedInstitution(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]!;
  if (tokens[j]!.text !== 'and' || INSTITUTIONS.has(prev.text) || STANDS_ALONE.has(nameKind(prev.text.toLowerCase()))) return false;
  let k = j + 1;
  while (k < tokens.length && k - j <= CONJOINED_REACH && tokens[k]!.sentence === tokens[j]!.sentence && isNameToken(tokens[k]!, false)) {
    if (INSTITUTIONS.has(tokens[k]!.text)) return true;
    k++;
  }
  return false;
}

/** Whether the particles from token `j` on lead to a capitalised name part, directly or after a glued hyphen ("al-Assad"). */
function particleRunEndsInName(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && k - j < 3 && NAME_PARTICLE.test(tokens[k]!.text)) k++;
  const next = tokens[k];
  if (!next || next.sentence !== tokens[j]!.sentence) return false;
  if (next.text === '-' && next.start === tokens[k - 1]!.end) return CAPITALISED.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.start === next.end;
  return CAPITALISED.test(next.text) && isNameToken(next, false);
}

/** "Jong-un": a hyphen glued between a capitalised name part and a short lower-case syllable that ends the word. */
function isGivenNameTail(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  return t.text === '-' && !!next && t.start === prev.end && next.start === t.end && CAPITALISED.test(prev.text) && /^\p{Ll}{1,6}$/u.test(next.text) && (!after || after.start > next.end || !/^[\p{L}\p{N}]/u.test(after.text));
}

/** "Commander-in-Chief": a hyphen, or a lowercase word between hyphens, written without spaces. */
function isHyphenGlue(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  const next = tokens[j + 1];
  if (!next || t.start !== prev.end || next.start !== t.end) return false;
  if (t.text === '-') return true;
  return /^\p{Ll}+$/u.test(t.text) && prev.text === '-' && next.text === '-';
}
