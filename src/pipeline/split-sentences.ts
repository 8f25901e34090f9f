import type { Doc, Sentence, Token } from '../model/doc.js';
import { overlaps } from '../model/span.js';
import { tokenize } from '../nlp/wink.js';

export interface Segmentation {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/**
 * Sentences and tokens, block by block so that a heading or a debris line never runs into the
 * next paragraph. Debris spans are cut out of the blocks first (a glued-on "Share" is not part
 * of the last sentence).
 */
export function splitSentences(doc: Doc): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const block of doc.blocks) {
    let end = block.end;
    for (const d of doc.debris) {
      if (overlaps(d, block)) end = Math.min(end, d.start);
    }
    while (end > block.start && /\s/u.test(doc.text[end - 1]!)) end--;
    if (end <= block.start) continue;
    for (const raw of tokenize(doc.text.slice(block.start, end))) {
      const index = sentences.length;
      sentences.push({ id: `s${index}`, block: block.id, start: block.start + raw.start, end: block.start + raw.end });
      for (const t of raw.tokens) {
        tokens.push({ start: block.start + t.start, end: block.start + t.end, text: t.text, pos: t.pos, type: t.type, lemma: t.lemma, sentence: index });
      }
    }
  }
  return { sentences, tokens };
}
