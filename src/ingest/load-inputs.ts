import { InputError } from '../errors.js';
import type { RawArticle } from './raw-article.js';
import { readTextFile } from './read-text.js';

export interface LoadOptions {
  /** Allow fetching URLs on loopback/private addresses (off by default: SSRF). */
  readonly allowPrivate?: boolean;
}

/**
 * Turns command-line inputs (paths, '-', folders, URLs) into articles, in input order. A bad
 * input yields an InputError in its place and the rest still go through.
 */
export async function* loadInputs(inputs: readonly string[], _options: LoadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  for (const input of inputs) {
    try {
      yield await readTextFile(input);
    } catch (error) {
      if (error instanceof InputError) yield error;
      else throw error;
    }
  }
}
