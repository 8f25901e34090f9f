import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/db.js';
import { storeTrailFixtures } from '../helpers/fixture-store.js';
import { storeTargets } from '../helpers/stores.js';

const KURSK = 'killed+wounded~north-korea~kursk';

describe.each(storeTargets)('API on $name', (target) => {
  let store: Store;
  let app: Hono;
  const logged: string[] = [];
  beforeAll(async () => {
    store = await target.open();
    await storeTrailFixtures(store);
    app = createApp({ store, log: (m) => logged.push(m) });
  });
  afterAll(async () => store?.close());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any, headers: res.headers };
  };

  it('serves the Kursk series with every point, flag and the summary view', async () => {
    const { status, body } = await get(`/api/figures/${encodeURIComponent(KURSK)}`);
    expect(status).toBe(200);
    expect(body.label).toBe('killed and wounded · DPRK troops · the Kursk region');
    expect(body.points.map((p: any) => [p.outlet, p.source, p.surface, p.lower, p.upper, p.bound])).toEqual([
      ['Seoul Morning Post', 'National Intelligence Service', 'About 1,100', null, null, 'approx'],
      ['Kyiv Ledger', 'Volodymyr Zelenskyy', 'More than 3,000', 3000, null, 'more_than'],
      ['Harbor Wire', 'a U.S. official', 'At least 1,000', 1000, null, 'at_least'],
      ['Kyiv Ledger', 'Volodymyr Zelenskyy', '3,800', 3800, 3800, 'exact'],
      ['Seoul Morning Post', 'National Intelligence Service', 'about 3,000', null, null, 'approx'],
    ]);
    expect(body.flags.map((f: any) => f.kind)).toEqual(['disagreement', 'revision', 'revision']);
    expect(body.flags[0].reason).toBe(
      'National Intelligence Service says "About 1,100" (2024-12-19) while Volodymyr Zelenskyy says "More than 3,000" (2024-12-23): the figures cannot both hold, unless the count grew between these dates',
    );
    expect(body.summary).toEqual({ asOf: '2025-01-14', days: 0, low: 2700, high: 3300.0000000000005, sources: 1 });
  });

  it('lists series and filters them by query', async () => {
    expect((await get('/api/figures')).body.map((s: any) => s.id)).toEqual([KURSK, 'killed+wounded~russia~anywhere', 'troops~anyone~anywhere']);
    expect((await get('/api/figures?query=Russia')).body.map((s: any) => s.id)).toEqual(['killed+wounded~russia~anywhere']);
    expect((await get('/api/figures?query=zeppelin')).body).toEqual([]);
  });

  it('serves an article with its text, analysis, stored ids and series links', async () => {
    const articles = (await get('/api/articles')).body;
    const kyiv = articles.find((a: any) => a.published === '2024-12-24');
    const { body } = await get(`/api/articles/${kyiv.id}`);
    expect(body.text.slice(0, 40)).toBe('Zelensky: North Korean losses pass 3,000');
    expect(body.doc.quantities.map((q: any) => body.text.slice(q.start, q.end))).toEqual(['More than 3,000', 'about 11,000']);
    expect(body.storedClaims).toHaveLength(3);
    expect(body.figureSeries).toEqual({ q1: KURSK, q2: 'troops~anyone~anywhere' });
    expect(Object.keys(body.entityIds)).toEqual(['e1']);
  });

  it('filters claims and rejects malformed filters with a 400 naming the parameter', async () => {
    expect((await get('/api/claims?source=official')).body.map((c: any) => c.outlet)).toEqual(['Harbor Wire']);
    expect((await get('/api/claims?since=2025-01-01&status=')).body).toHaveLength(3);
    expect(await get('/api/claims?since=yesterday')).toMatchObject({ status: 400, body: { error: "since must be a date YYYY-MM-DD, got 'yesterday'" } });
    expect(await get('/api/claims?limit=5000')).toMatchObject({ status: 400, body: { error: "limit must be a whole number from 0 to 1000, got '5000'" } });
  });

  it('answers 404 for unknown ids, 400 for bad ones', async () => {
    expect(await get('/api/articles/99999')).toMatchObject({ status: 404, body: { error: 'article 99999 not found' } });
    expect(await get('/api/articles/abc')).toMatchObject({ status: 400, body: { error: "id must be a positive whole number, got 'abc'" } });
    expect(await get('/api/figures/nothing~here~at-all')).toMatchObject({ status: 404, body: { error: "figure series 'nothing~here~at-all' not found" } });
    expect(await get('/api/nope')).toMatchObject({ status: 404, body: { error: 'no such page: /api/nope' } });
    expect(logged).toEqual([]);
  });

  it('finds entities with every claim they are the source of', async () => {
    const people = (await get('/api/entities?type=person')).body;
    expect(people.map((p: any) => [p.name, p.claims, p.articles])).toEqual([['Volodymyr Zelenskyy', 4, 2]]);
    const { body } = await get(`/api/entities/${people[0].id}`);
    expect(body.quoted.map((c: any) => c.cue)).toEqual(['said on Tuesday', 'said on Monday', 'said', 'added']);
  });

  it('searches and requires a query', async () => {
    expect((await get('/api/search?q=satellite')).body.claims.map((c: any) => c.source)).toEqual(['The agency']);
    expect(await get('/api/search')).toMatchObject({ status: 400, body: { error: 'q (the text to search for) is required' } });
  });

  it('publishes an OpenAPI document covering every API route', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([
      '/api/articles', '/api/articles/{id}', '/api/claims', '/api/claims/facets', '/api/entities', '/api/entities/{id}',
      '/api/figures', '/api/figures/{id}', '/api/openapi.json', '/api/search',
    ]);
  });

  it('sends a strict CSP and refuses large bodies', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const big = await app.request('/api/articles', { method: 'POST', body: 'x'.repeat(70 * 1024), headers: { 'content-length': String(70 * 1024) } });
    expect(big.status).toBe(413);
  });
});
