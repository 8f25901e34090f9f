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
  const flush = () => {
    const block = current
      .replace(/[ \t\n\r\f\u00a0]+/gu, ' ')
      .replace(new RegExp(` ?${BREAK}+ ?`, 'gu'), '\n')
      .trim();
    if (block !== '') blocks.push(block);
    current = '';
  };
  const walk = (node: Node) => {
    // where the last inline element child ended: "<span>12 May 2025</span><span>Share</span>" is laid out
    // apart by the page's style, so a word that ends there and a capital that starts after it are two words
    // (a word part as short as "<b>Mc</b>Donald's" is no word of its own)
    let elementStart = -1;
    let elementEnd = -1;
    const spaceAfterElement = () => {
      if (elementEnd > 0 && elementEnd - elementStart >= 3 && /[\p{Ll}\p{N}.]$/u.test(current.slice(0, elementEnd)) && /^\p{Lu}/u.test(current.slice(elementEnd))) {
        current = `${current.slice(0, elementEnd)} ${current.slice(elementEnd)}`;
      }
      elementEnd = -1;
    };
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
        spaceAfterElement();
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        current += BREAK;
        continue;
      }
      if (CELL.has(tag)) {
        // Cells of one row stay one block, separated by a space.
        current += ' ';
        walk(child);
        current += ' ';
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      const start = current.length;
      walk(child);
      if (block) {
        flush();
        elementEnd = -1;
        continue;
      }
      // the element's own start may follow an element before it too
      const glued = elementEnd === start;
      if (glued) spaceAfterElement();
      elementStart = glued && current.length > start && current[start] === ' ' ? start + 1 : start;
      elementEnd = current.length;
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Blocks joined as the analyzer's input: one blank line between blocks. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}
