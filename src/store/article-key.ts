import { articleKey } from '../ingest/article-key.js';
import type { RawArticle } from '../ingest/raw-article.js';

/**
 * The identity an article is stored under, so re-ingesting updates it: ingestion's key (its
 * canonical URL, else a hash of its normalised body).
 * @example storeKey({ input: 'a.txt', text: 'Hello  world\n' }) === storeKey({ input: 'b.txt', text: 'Hello world' })
 */
export function storeKey(article: Pick<RawArticle, 'text' | 'url' | 'canonicalUrl'>): string {
  return articleKey(article);
}
