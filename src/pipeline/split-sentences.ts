import type { Block, Doc, Sentence, Span, Token } from '../model/doc.js';
import { tokenize, type RawToken } from '../nlp/wink.js';

export interface Segmentation {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/**
 * Sentences and tokens. wink reads the whole text once (one call per block costs twice as much),
 * then sentences are cut at block edges so that a heading or a debris line never runs into the
 * next paragraph, and tokens inside debris (a glued-on "Share") are dropped.
 */
export function splitSentences(doc: Doc): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const regions = textRegions(doc);
  let region = 0;
  for (const raw of tokenize(doc.text)) {
    let current: RawToken[] = [];
    let currentRegion = -1;
    const flush = () => {
      if (current.length === 0) return;
      const index = sentences.length;
      sentences.push({ id: `s${index}`, block: regions[currentRegion]!.block.id, start: current[0]!.start, end: current[current.length - 1]!.end });
      for (const t of current) tokens.push({ start: t.start, end: t.end, text: t.text, pos: t.pos, type: t.type, lemma: t.lemma, sentence: index });
      current = [];
    };
    for (const token of raw.tokens) {
      while (region < regions.length && regions[region]!.end <= token.start) region++;
      const inside = region < regions.length && regions[region]!.start <= token.start;
      if (!inside) continue;
      if (region !== currentRegion) {
        flush();
        currentRegion = region;
      }
      current.push(token);
    }
    flush();
  }
  return { sentences, tokens };
}

interface Region extends Span {
  readonly block: Block;
}

/** The parts of blocks that are not debris (a whole line, a tail glued after it, a dateline before it), in text order. */
function textRegions(doc: Doc): Region[] {
  const regions: Region[] = [];
  for (const block of doc.blocks) {
    let start = block.start;
    let end = block.end;
    for (const d of doc.debris) {
      if (d.start >= end || d.end <= start) continue;
      if (d.start <= start && d.end < end) start = d.end;
      else end = Math.min(end, d.start);
    }
    while (start < end && /\s/u.test(doc.text[start]!)) start++;
    while (end > start && /\s/u.test(doc.text[end - 1]!)) end--;
    if (end > start) regions.push({ start, end, block });
  }
  return regions;
}
