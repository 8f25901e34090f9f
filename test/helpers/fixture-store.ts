import { saveArticles, type SavedArticle } from '../../src/store/save-articles.js';
import type { Store } from '../../src/store/db.js';
import { trailArticles } from '../fixtures/trail/articles.js';
import { fixtureDoc, fixtureRawArticle } from './fixture-doc.js';
import { analyze } from '../../src/analyze.js';

/** Stores the five trail fixture articles in one batch. */
export async function storeTrailFixtures(store: Store): Promise<SavedArticle[]> {
  return saveArticles(store.db, trailArticles.map((a) => ({ article: fixtureRawArticle(a), doc: fixtureDoc(a) })));
}

/** Stores plain-text articles, each analysed at its own day, as inputs `${prefix}0.txt`, `${prefix}1.txt`, … */
export function saveDated(store: Store, prefix: string, texts: readonly (readonly [string, string])[]): Promise<SavedArticle[]> {
  return saveArticles(store.db, texts.map(([published, text], i) => ({ article: { input: `${prefix}${i}.txt`, text, published }, doc: analyze(text, { published }) })));
}
