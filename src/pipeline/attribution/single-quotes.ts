/**
 * British style quotes speech in single marks: ‘We will rebuild,’ the mayor said. The same mark
 * is the apostrophe (the mayor’s, they’re, the ministers’ plan), so a single mark is a quotation
 * mark only where it pairs: an opening mark before a word, at a word's start, and a closing mark
 * after it that no letter follows. Paired marks are read as double ones (same offsets, same
 * length), so every attribution rule sees one kind of quotation. A paragraph that quotes in
 * double marks keeps its single ones: there they quote inside a quotation, whose speaker is not
 * the article's source.
 */

const OPENING = new Set(['‘', "'"]);
const CLOSING: Readonly<Record<string, string>> = { '‘': '’', "'": "'" };
const LETTER = /[\p{L}\p{N}]/u;
const BEFORE_OPENING = /[\s([—–-]/u;
/** A mark that stands for letters left out ("how ‘bout", "rock ‘n’ roll", "the ‘90s") opens nothing. */
const ELISION = /^(?:bout|em|til|cause|cos|cuz|tis|twas|n|round|nuff)(?![\p{L}\p{N}])|^\d/iu;
/** The closing mark comes this many characters after the opening one at least. */
const MIN_QUOTED = 2;
/** Double marks: in a paragraph with these, single ones are outer quotations only where they hold them (British nesting). */
const DOUBLE = /["“”«»]|''/u;
/** A double mark inside a British quotation, written as the single one it stands for there. */
const AS_INNER: Readonly<Record<string, string>> = { '“': '‘', '”': '’', '"': "'" };

/** `text` with paired single quotation marks written as “ and ”; the text itself when there are none. */
export function singleQuotesAsDouble(text: string): string {
  if (!text.includes('‘') && !/(?:^|\s)'\p{L}/u.test(text)) return text;
  const chars = text.split('');
  let changed = false;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n\n', from);
    if (to < 0) to = text.length;
    changed = quotePairs(text, from, to, chars) || changed;
    from = to + 2;
  }
  return changed ? chars.join('') : text;
}

/**
 * Writes the single quotation marks of paragraph [from, to) as double ones into `chars`; whether
 * any was. Where the paragraph has double marks too, only if its first quotation opens with a
 * single mark and holds the first double one (‘He told us “no”,’ she said): the double marks
 * inside are then written as single ones, as they are the inner quotation.
 */
function quotePairs(text: string, from: number, to: number, chars: string[]): boolean {
  const pairs = pairsIn(text, from, to);
  if (pairs.length === 0) return false;
  const firstDouble = text.slice(from, to).search(DOUBLE);
  if (firstDouble >= 0) {
    const at = from + firstDouble;
    const [open, close] = pairs[0]!;
    if (!(open < at && at < close)) return false;
    for (let k = at; k < to; k++) {
      const inner = AS_INNER[text[k]!];
      if (inner && pairs.some(([o, c]) => o < k && k < c)) chars[k] = inner;
    }
  }
  for (const [open, close] of pairs) {
    chars[open] = '“';
    if (close < to) chars[close] = '”';
  }
  return true;
}

/**
 * The single quotation marks of paragraph [from, to) as [open, close] pairs; a quotation that
 * opens the paragraph and does not close in it (one running over paragraphs opens each and closes
 * only the last) closes at `to`.
 */
function pairsIn(text: string, from: number, to: number): [number, number][] {
  const closers = closingMarks(text, from, to);
  const pairs: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const mark = text[i]!;
    if (!OPENING.has(mark) || !LETTER.test(text[i + 1] ?? '') || (i > from && !BEFORE_OPENING.test(text[i - 1]!)) || ELISION.test(text.slice(i + 1, i + 7))) continue;
    const { strong, weak } = closers[CLOSING[mark]!]!;
    // a mark after an "s" may be a plural possessive ("the ministers’ plan"): it closes only when no other can;
    // a quotation holds a word of two letters at least ("rock 'n' roll" quotes nothing)
    const close = next(strong, i + MIN_QUOTED) ?? next(weak, i + MIN_QUOTED);
    if (close === undefined) {
      if (i === from && mark === '‘') pairs.push([i, to]);
      continue;
    }
    pairs.push([i, close]);
    i = close;
  }
  return pairs;
}

interface Closers { strong: number[]; weak: number[] }

/** Offsets of the marks in [from, to) that may close a quotation (no letter after, something before), by mark; those after an "s" and before a lowercase word are weak. */
function closingMarks(text: string, from: number, to: number): Record<string, Closers> {
  const found: Record<string, Closers> = { '’': { strong: [], weak: [] }, "'": { strong: [], weak: [] } };
  for (let j = from; j < to; j++) {
    const closers = found[text[j]!];
    if (!closers || LETTER.test(text[j + 1] ?? '') || /\s/u.test(text[j - 1] ?? ' ')) continue;
    const possessive = /s/iu.test(text[j - 1]!) && /\s\p{Ll}/u.test(text.slice(j + 1, j + 3));
    (possessive ? closers.weak : closers.strong).push(j);
  }
  return found;
}

/** The first offset in sorted `offsets` after `i` (binary search). */
function next(offsets: readonly number[], i: number): number | undefined {
  let lo = 0, hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return offsets[lo];
}
