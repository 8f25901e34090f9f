/** The JSON API (documented in openapi.ts). Read-only: writing happens through `claimtrail ingest`. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { getArticle, listArticles, search } from '../store/articles.js';
import { claimFacets, listClaims } from '../store/claims.js';
import { getEntity, listEntities } from '../store/entities.js';
import { getSeries, listSeries, seriesOfArticle } from '../store/figures.js';
import type { Database } from '../store/schema.js';
import { openApiDocument } from './openapi.js';
import { badRequest, notFound, parseClaimFilter, parseId, parseLimit } from './params.js';

export function apiRoutes(db: Kysely<Database>): Hono {
  const api = new Hono();
  api.get('/openapi.json', (c) => c.json(openApiDocument));
  api.get('/articles', async (c) => {
    const limit = parseLimit(c.req.query('limit'), 200, 1000);
    const offset = parseLimit(c.req.query('offset'), 0, 1_000_000, 'offset');
    return c.json(await listArticles(db, { limit, offset }));
  });
  api.get('/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const article = await getArticle(db, id);
    if (!article) throw notFound(`article ${id}`);
    return c.json({ ...article, figureSeries: await seriesOfArticle(db, id) });
  });
  api.get('/claims', async (c) => c.json(await listClaims(db, parseClaimFilter(c.req.query()))));
  api.get('/claims/facets', async (c) => c.json(await claimFacets(db)));
  api.get('/figures', async (c) => c.json(await listSeries(db, c.req.query('query')?.slice(0, 200))));
  api.get('/figures/:id', async (c) => {
    const id = c.req.param('id');
    const series = await getSeries(db, id);
    if (!series) throw notFound(`figure series '${id.slice(0, 80)}'`);
    return c.json(series);
  });
  api.get('/entities', async (c) => c.json(await listEntities(db, { limit: parseLimit(c.req.query('limit'), 200, 1000), ...(c.req.query('type') ? { type: c.req.query('type')! } : {}) })));
  api.get('/entities/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const entity = await getEntity(db, id);
    if (!entity) throw notFound(`entity ${id}`);
    return c.json(entity);
  });
  api.get('/search', async (c) => {
    const q = c.req.query('q')?.trim();
    if (!q) throw badRequest('q (the text to search for) is required');
    if (q.length > 500) throw badRequest('q is longer than 500 characters');
    return c.json(await search(db, q));
  });
  return api;
}
