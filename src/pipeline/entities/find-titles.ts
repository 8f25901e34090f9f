import type { Span, Token } from '../../model/doc.js';
import { nameKind } from '../../nlp/name-lexicon.js';
import { roleHeadAt, roleHeadBefore, type RoleHead } from './role-heads.js';

export interface FoundTitle extends Span {
  readonly head: RoleHead;
  readonly rule: string;
}

const isModifier = (t: Token) => t.pos === 'ADJ' || t.pos === 'PROPN' || nameKind(t.text) === 'demonym' || /^(?:former|then|acting|deputy|vice|top|senior|chief)$/iu.test(t.text);

/**
 * A lowercase role right before a name: "Ukrainian leader Volodymyr Zelensky", "Kremlin
 * spokesman Dmitry Peskov", "former secretary of state Hillary Clinton".
 */
export function titleBefore(tokens: readonly Token[], nameFirst: number): FoundTitle | undefined {
  const head = roleHeadBefore(tokens, nameFirst);
  if (!head || head.entry === 'honorific') return undefined;
  let first = nameFirst - head.words.length;
  if (first < 0 || tokens[first]!.sentence !== tokens[nameFirst]!.sentence) return undefined;
  for (let k = 0; k < 2 && first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && isModifier(tokens[first - 1]!); k++) first--;
  return { start: tokens[first]!.start, end: tokens[nameFirst - 1]!.end, head, rule: 'entities/title-before-name' };
}

/**
 * An appositive role right after a name: "Oleksandr Syrskyi, the army's commander-in-chief,"
 * or "Jen Psaki, White House press secretary, said". Stops at the next comma or sentence end.
 */
export function titleAfter(tokens: readonly Token[], nameLast: number): FoundTitle | undefined {
  const comma = tokens[nameLast];
  if (!comma || comma.text !== ',') return undefined;
  const sentence = comma.sentence;
  let i = nameLast + 1;
  if (tokens[i] && /^(?:the|a|an)$/iu.test(tokens[i]!.text)) i++;
  for (let k = 0; k < 4 && tokens[i] && tokens[i]!.sentence === sentence; k++) {
    const head = roleHeadAt(tokens, i);
    if (head && head.entry !== 'honorific') {
      let end = i + head.words.length;
      // "of the Armed Forces of Ukraine": keep the complement up to the closing comma.
      if (tokens[end]?.text === 'of') {
        while (tokens[end] && tokens[end]!.sentence === sentence && !/^[,.;:!?)]$/u.test(tokens[end]!.text)) end++;
      }
      const closes = tokens[end];
      if (closes && !/^[,.;:)]$/u.test(closes.text)) return undefined;
      return { start: tokens[nameLast + 1]!.start, end: tokens[end - 1]!.end, head, rule: 'entities/appositive-title' };
    }
    if (!isModifier(tokens[i]!) && !/^['’]s$/u.test(tokens[i]!.text) && tokens[i]!.pos !== 'NOUN') return undefined;
    i++;
  }
  return undefined;
}

/**
 * Definite descriptions of a person: "the president", "the head of state", "the Ukrainian
 * leader". Not when a name follows (then it is a title) or an "of" complement names another
 * office holder ("the president of Russia").
 */
export function findDescriptions(tokens: readonly Token[], skip: (t: Token) => boolean): FoundTitle[] {
  const found: FoundTitle[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^the$/iu.test(tokens[i]!.text) || skip(tokens[i]!)) continue;
    let j = i + 1;
    for (let k = 0; k < 2 && tokens[j] && !roleHeadAt(tokens, j) && isModifier(tokens[j]!); k++) j++;
    const head = roleHeadAt(tokens, j);
    if (!head || head.entry === 'honorific') continue;
    const after = tokens[j + head.words.length];
    if (after && after.sentence === tokens[i]!.sentence) {
      if (/^\p{Lu}/u.test(after.text) && after.pos === 'PROPN') continue;
      if (after.text === 'of' || /^['’]s$/u.test(after.text)) continue;
    }
    found.push({ start: tokens[i]!.start, end: tokens[j + head.words.length - 1]!.end, head, rule: 'entities/definite-description' });
    i = j + head.words.length - 1;
  }
  return found;
}
