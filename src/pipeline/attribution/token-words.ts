import type { Token } from '../../model/doc.js';

/**
 * Lowercased word and lemma of every token, once per token list: feature parts reuse these strings.
 * Each is also numbered in the document's vocabulary (`vocab`), so that a tagger maps a distinct
 * string to its weights' id once per document, not once per token.
 */
export interface Words {
  readonly word: readonly string[];
  readonly lemma: readonly string[];
  readonly vocab: readonly string[];
  readonly wordIndex: Int32Array;
  readonly lemmaIndex: Int32Array;
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
    const word = new Array<string>(n), lemma = new Array<string>(n), wordIndex = new Int32Array(n), lemmaIndex = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      wordIndex[k] = number((word[k] = tokens[k]!.text.toLowerCase()));
      lemmaIndex[k] = number((lemma[k] = tokens[k]!.lemma.toLowerCase()));
    }
    w = { word, lemma, vocab, wordIndex, lemmaIndex };
    wordsOf.set(tokens, w);
  }
  return w;
}
