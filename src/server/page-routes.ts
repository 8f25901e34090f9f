/** The web UI: server-rendered pages over the same store queries as the API. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { getArticle, listArticles, search } from '../store/articles.js';
import { claimFacets, listClaims } from '../store/claims.js';
import { getEntity, listEntities } from '../store/entities.js';
import { getSeries, listSeries } from '../store/figures.js';
import type { Database } from '../store/schema.js';
import { articlePage } from '../web/article-page.js';
import { claimsPage } from '../web/claims-page.js';
import { entityPage } from '../web/entity-page.js';
import { figurePage } from '../web/figure-page.js';
import { homePage } from '../web/home-page.js';
import { searchPage } from '../web/search-page.js';
import type { Asset } from './assets.js';
import { notFound, parseClaimFilter, parseId } from './params.js';

export function pageRoutes(db: Kysely<Database>, assets: ReadonlyMap<string, Asset>): Hono {
  const pages = new Hono();
  pages.get('/', async (c) => c.html(homePage(await listSeries(db), await listArticles(db, { limit: 100 }), await listEntities(db, { limit: 100 }))));
  pages.get('/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const article = await getArticle(db, id);
    if (!article) throw notFound(`article ${id}`);
    return c.html(articlePage(article));
  });
  pages.get('/claims', async (c) => {
    const filter = parseClaimFilter(c.req.query());
    return c.html(claimsPage(await listClaims(db, filter), filter, await claimFacets(db)));
  });
  pages.get('/figures/:id', async (c) => {
    const series = await getSeries(db, c.req.param('id'));
    if (!series) throw notFound(`figure series '${c.req.param('id').slice(0, 80)}'`);
    return c.html(figurePage(series));
  });
  pages.get('/entities/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const entity = await getEntity(db, id);
    if (!entity) throw notFound(`entity ${id}`);
    return c.html(entityPage(entity));
  });
  pages.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 500);
    return c.html(searchPage(q, q ? await search(db, q) : { articles: [], claims: [] }));
  });
  pages.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) throw notFound(`asset '${c.req.param('name').slice(0, 80)}'`);
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  });
  return pages;
}
