/**
 * The visible text of an extracted article with its layout kept: every paragraph, heading, list
 * item and quote becomes its own block, blocks are separated by a blank line (what the analyzer's
 * block splitter expects), `<br>` becomes a newline, and runs of spaces inside a block collapse.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CENTER',
]);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD']);
/** Marks a `<br>` until spaces are collapsed; a private-use character never found in pages. */
const BREAK = '\uE000';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The blocks of text under `root`, in document order, each collapsed and trimmed. */
export function htmlBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  /** The last character put in `current` (read without indexing it: that would flatten the growing string each time). */
  let tail = '';
  /**
   * Where an inline element of a word or more ended, with its last character: "<span>12 May 2025</span><span>Share</span>"
   * is laid out apart by the page's style, so a word that ends there and a capital that starts right after are two words
   * (a word part as short as "<b>Mc</b>Donald's" is no word of its own).
   */
  let elementEnd: { at: number; last: string } | null = null;
  /** Offsets in `current` where such a space goes: put in at flush, in one pass. */
  let spaces: number[] = [];
  const append = (piece: string) => {
    if (piece === '') return;
    if (elementEnd && elementEnd.at === current.length && WORD_END.test(elementEnd.last) && CAPITAL.test(piece.charAt(0))) spaces.push(current.length);
    elementEnd = null;
    current += piece;
    tail = piece.charAt(piece.length - 1);
  };
  const flush = () => {
    if (spaces.length > 0) current = withSpacesAt(current, spaces);
    spaces = [];
    elementEnd = null;
    const block = current
      .replace(/[ \t\n\r\f\u00a0]+/gu, ' ')
      .replace(new RegExp(` ?${BREAK}+ ?`, 'gu'), '\n')
      .trim();
    if (block !== '') blocks.push(block);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        append(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        append(BREAK);
        continue;
      }
      if (CELL.has(tag)) {
        // Cells of one row stay one block, separated by a space.
        append(' ');
        walk(child);
        append(' ');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      const start = current.length;
      walk(child);
      if (block) flush();
      else elementEnd = current.length - start >= 3 ? { at: current.length, last: tail } : null;
    }
  };
  walk(root);
  flush();
  return blocks;
}

const WORD_END = /[\p{Ll}\p{N}.]/u;
const CAPITAL = /\p{Lu}/u;

/** `text` with a space put in at each of the ascending `offsets`. */
function withSpacesAt(text: string, offsets: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const at of offsets) {
    parts.push(text.slice(from, at));
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join(' ');
}

/** Blocks joined as the analyzer's input: one blank line between blocks. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}
