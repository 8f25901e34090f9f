/**
 * Features of one token for the role tagger (role-tagger.ts): given a cue at tokens [a, b] of a
 * sentence, every token of the sentence is tagged O, source (SB/SI) or content (CB/CI). The
 * features say where the token lies relative to the cue (side, distance, commas and quote marks
 * between), what it is (word, lemma, POS, shape) and what surrounds it. Shared by training
 * (scripts/train-roles.ts) and decoding so both see exactly the same features.
 */
import type { Token } from '../../model/doc.js';

export type RoleTag = 'O' | 'SB' | 'SI' | 'CB' | 'CI';
export const ROLE_TAGS: readonly RoleTag[] = ['O', 'SB', 'SI', 'CB', 'CI'];

const QUOTE = /^["“”«»]$/u;
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '<s>');
const pos = (t: Token | undefined) => (t ? t.pos : '<s>');

function bucket(d: number): string {
  return d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 9 ? '6-9' : d <= 15 ? '10-15' : '16+';
}

function shape(text: string): string {
  if (/^\p{Lu}\p{Ll}/u.test(text)) return 'Xx';
  if (/^\p{Lu}+$/u.test(text)) return 'XX';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text.length === 1 ? text : 'p';
}

/**
 * Per-sentence feature lists, one per token of [first, last], for the cue at [a, b]; `inQuote[k]`
 * says whether token first+k lies inside a quotation.
 */
export function roleFeatures(tokens: readonly Token[], first: number, last: number, a: number, b: number, inQuote: readonly boolean[]): string[][] {
  const at = (k: number) => (k >= first && k <= last ? tokens[k] : undefined);
  const head = tokens[b]!;
  const cueWord = head.lemma.toLowerCase();
  const cueLen = b - a + 1 > 2 ? 'long' : String(b - a + 1);
  const cueQuote = inQuote[a - first] ?? false;
  // commas and quote marks between each token and the cue, counted outward from the cue
  const commas: number[] = new Array(last - first + 1).fill(0);
  const quotes: number[] = new Array(last - first + 1).fill(0);
  let c = 0, q = 0;
  for (let k = a - 1; k >= first; k--) {
    commas[k - first] = c;
    quotes[k - first] = q;
    if (tokens[k]!.text === ',') c++;
    if (QUOTE.test(tokens[k]!.text)) q++;
  }
  c = 0; q = 0;
  for (let k = b + 1; k <= last; k++) {
    commas[k - first] = c;
    quotes[k - first] = q;
    if (tokens[k]!.text === ',') c++;
    if (QUOTE.test(tokens[k]!.text)) q++;
  }
  const out: string[][] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const side = i < a ? 'L' : i > b ? 'R' : 'C';
    const dist = side === 'L' ? a - i : side === 'R' ? i - b : 0;
    const w = lower(t);
    const p = t.pos;
    const cm = Math.min(commas[i - first]!, 3);
    const qm = Math.min(quotes[i - first]!, 3);
    const iq = inQuote[i - first]!;
    const s = `${side}${bucket(dist)}`;
    out.push([
      'bias',
      `s=${s}`,
      `side=${side}`,
      `w|side=${w}|${side}`,
      `l|side=${t.lemma.toLowerCase()}|${side}`,
      `p|s=${p}|${s}`,
      `p|side|cm=${p}|${side}|${cm}`,
      `side|cm|qm=${side}|${cm}|${qm}`,
      `shape|side=${shape(t.text)}|${side}`,
      `q|side=${iq}|${side}|${cueQuote}`,
      `w-1|side=${lower(at(i - 1))}|${side}`,
      `w+1|side=${lower(at(i + 1))}|${side}`,
      `p-1|p|side=${pos(at(i - 1))}|${p}|${side}`,
      `p|p+1|side=${p}|${pos(at(i + 1))}|${side}`,
      `cue|side=${cueWord}|${side}`,
      `cue|s=${cueWord}|${s}`,
      `cuelen|s=${cueLen}|${s}`,
      `edge=${i === first ? 'first' : i === last ? 'last' : 'mid'}|${p}|${side}`,
      `w|s=${w}|${s}`,
      `bf=${lower(at(a - 1))}|${side}`,
      `af=${lower(at(b + 1))}|${side}`,
    ]);
  }
  return out;
}
