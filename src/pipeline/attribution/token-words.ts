import type { Token } from '../../model/doc.js';

/**
 * Lowercased word and lemma of every token, once per token list: feature parts reuse these strings.
 * Each is also numbered in the document's vocabulary (`vocab`), so that a tagger maps a distinct
 * string to its weights' id once per document, not once per token. Per-document numbers live in
 * plain arrays, not typed ones: typed arrays' memory is outside the heap, and a long ingest's
 * garbage collection (src/cli/heap-guard.ts) watches the heap. With typed arrays here the
 * 10k-article peak of `npm run bench -- memory` was 396 MB, with plain arrays 368 MB.
 */
export interface Words {
  readonly word: readonly string[];
  readonly lemma: readonly string[];
  readonly vocab: readonly string[];
  readonly wordIndex: readonly number[];
  readonly lemmaIndex: readonly number[];
}
const wordsOf = new WeakMap<readonly Token[], Words>();
export function lowered(tokens: readonly Token[]): Words {
  let w = wordsOf.get(tokens);
  if (!w) {
    const index = new Map<string, number>();
    const vocab: string[] = [];
    const number = (s: string) => {
      let v = index.get(s);
      if (v === undefined) index.set(s, (v = vocab.push(s) - 1));
      return v;
    };
    const n = tokens.length;
    const word: string[] = [], lemma: string[] = [], wordIndex: number[] = [], lemmaIndex: number[] = [];
    for (let k = 0; k < n; k++) {
      word.push(tokens[k]!.text.toLowerCase());
      lemma.push(tokens[k]!.lemma.toLowerCase());
      wordIndex.push(number(word[k]!));
      lemmaIndex.push(number(lemma[k]!));
    }
    w = { word, lemma, vocab, wordIndex, lemmaIndex };
    wordsOf.set(tokens, w);
  }
  return w;
}
