import { createHash } from 'node:crypto';
import type { RawArticle } from '../ingest/raw-article.js';

/**
 * The identity an article is stored under, so re-ingesting updates it: its URL, else a sha256 of
 * its whitespace-normalised text. (Swap for the ingest module's articleKey once it exports one.)
 * @example storeKey({ input: 'a.txt', text: 'Hello  world\n' }) === storeKey({ input: 'b.txt', text: 'Hello world' })
 */
export function storeKey(article: Pick<RawArticle, 'text' | 'url'>): string {
  if (article.url) return `url:${article.url}`;
  const normalised = article.text.replace(/\s+/gu, ' ').trim();
  return `sha256:${createHash('sha256').update(normalised).digest('hex')}`;
}
