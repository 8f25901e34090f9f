import { saveArticles, type SavedArticle } from '../../src/store/save-articles.js';
import type { Store } from '../../src/store/db.js';
import { trailArticles } from '../fixtures/trail/articles.js';
import { fixtureDoc, fixtureRawArticle } from './fixture-doc.js';

/** Stores the five trail fixture articles in one batch. */
export async function storeTrailFixtures(store: Store): Promise<SavedArticle[]> {
  return saveArticles(store.db, trailArticles.map((a) => ({ article: fixtureRawArticle(a), doc: fixtureDoc(a) })));
}
