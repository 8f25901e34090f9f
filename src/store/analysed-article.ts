import { analyze } from '../analyze.js';
import type { RawArticle } from '../ingest/raw-article.js';
import type { AnalysedArticle } from './save-articles.js';

/** Runs the pipeline on an ingested article, anchored at its publication date (or `published`). */
export function analyseArticle(article: RawArticle, published?: string): AnalysedArticle {
  const date = published ?? article.published;
  return { article, doc: analyze(article.text, date ? { published: date } : {}) };
}
