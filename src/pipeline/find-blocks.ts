import type { Block, Doc } from '../model/doc.js';

const TERMINAL = /[.!?…:;"”’»)\]]$/u;

/**
 * Splits the text into blocks: paragraphs between blank lines, and lines of their own when a
 * single newline clearly ends one (the line ends a sentence, or is short and the next starts a
 * new thought). Wrapped prose (a long line whose successor starts lowercase) stays one block.
 */
export function findBlocks(doc: Doc): Block[] {
  const { text } = doc;
  const blocks: Block[] = [];
  // a line ends at LF, CRLF or, in old Mac files, a lone CR
  const lines = /[^\n\r]*(?:\r\n|\n|\r|$)/gu;
  let open: { start: number; end: number } | null = null;
  let previous = '';
  const close = () => {
    if (open) blocks.push({ id: `b${blocks.length}`, kind: 'paragraph', start: open.start, end: open.end });
    open = null;
  };
  for (let match = lines.exec(text); match && match[0].length > 0; match = lines.exec(text)) {
    const raw = match[0].replace(/(?:\r\n|\n|\r)$/u, '');
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content === '') {
      close();
    } else {
      const start = match.index + lead;
      const end = start + content.length;
      const continues = open !== null && !TERMINAL.test(previous) && previous.length >= 60 && /^\p{Ll}/u.test(content);
      if (open && continues) open.end = end;
      else {
        close();
        open = { start, end };
      }
      previous = content;
    }
    if (lines.lastIndex >= text.length) break;
  }
  close();
  return blocks;
}
