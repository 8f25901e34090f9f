import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.js';
import { listArticles } from '../../src/store/articles.js';
import { listEntities } from '../../src/store/entities.js';
import { saveArticles } from '../../src/store/save-articles.js';
import { trailArticles } from '../fixtures/trail/articles.js';
import { fixtureDoc, fixtureRawArticle } from '../helpers/fixture-doc.js';
import { storeTargets } from '../helpers/stores.js';

const item = (slug: string) => {
  const a = trailArticles.find((x) => x.slug === slug)!;
  return { article: fixtureRawArticle(a), doc: fixtureDoc(a) };
};

/** Batches stored at the same time (workers, issue 7) must neither duplicate articles nor entities. */
describe.each(storeTargets)('concurrent batches on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => store?.close());

  it('stores the same article from two batches once', async () => {
    await Promise.all([saveArticles(store.db, [item('harbor-2024-12-27')]), saveArticles(store.db, [item('harbor-2024-12-27')])]);
    expect((await listArticles(store.db)).map((a) => a.outlet)).toEqual(['Harbor Wire']);
  });

  it('links a person seen by two batches at once to one entity', async () => {
    await Promise.all([saveArticles(store.db, [item('kyiv-2024-12-24')]), saveArticles(store.db, [item('kyiv-2025-01-07')])]);
    const people = await listEntities(store.db, { type: 'person' });
    expect(people.map((p) => [p.name, p.articles])).toEqual([['Volodymyr Zelenskyy', 2]]);
  });
});
