import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { analyze } from '../../src/analyze.js';
import { createApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/db.js';
import { saveArticles } from '../../src/store/save-articles.js';
import { annotate } from '../../src/web/annotate.js';
import { toOutput } from '../../src/model/output.js';
import { trailArticles } from '../fixtures/trail/articles.js';
import { fixtureDoc } from '../helpers/fixture-doc.js';
import { storeTrailFixtures } from '../helpers/fixture-store.js';

const HOSTILE = 'Officials said <script>window.pwned=1</script> and <img src=x onerror="window.pwned=2"> "quotes" & <b>bold</b>.';

describe('annotate', () => {
  const doc = toOutput(fixtureDoc(trailArticles[1]!));
  const runs = annotate(doc);

  it('covers the whole text in order, without gaps or overlaps', () => {
    expect(runs.map((r) => r.text).join('')).toBe(doc.text);
    runs.forEach((r, i) => i > 0 && expect(r.start).toBe(runs[i - 1]!.end));
  });

  it('marks sources, cues, contents, figures and loaded terms with their ids', () => {
    const marked = (mark: string) => runs.filter((r) => r.marks.includes(mark as never)).map((r) => r.text).join('|');
    expect(marked('figure')).toBe('More than 3,000|about 11,000');
    expect(marked('loaded')).toBe('occupiers');
    expect(marked('cue')).toBe('said on Monday|said|added');
    expect(runs.find((r) => r.text === 'More than 3,000')).toMatchObject({ figure: 'q1', claim: 'c1', marks: ['content', 'figure'] });
    expect(runs.find((r) => r.text === 'occupiers')?.note).toBe('loaded term; neutral: forces');
  });

  it('leaves unannotated text unmarked and drops spans outside the text', () => {
    const plain = annotate({ ...toOutput(analyze('Nothing to see.')), framing: [{ start: 5, end: 99, term: 'x', neutral: 'y', reason: 'r', rule: 'r' }] });
    expect(plain).toEqual([{ start: 0, end: 15, text: 'Nothing to see.', marks: [] }]);
  });
});

describe('pages', () => {
  let store: Store;
  let app: Hono;
  let hostileId: number;
  beforeAll(async () => {
    store = await openStore('memory://');
    await storeTrailFixtures(store);
    const [saved] = await saveArticles(store.db, [{ article: { input: 'hostile.txt', text: HOSTILE, title: '<script>alert(1)</script>', outlet: 'Evil "Outlet"' }, doc: analyze(HOSTILE) }]);
    hostileId = saved!.id;
    app = createApp({ store });
  });
  afterAll(async () => store?.close());

  const page = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, html: await res.text(), type: res.headers.get('content-type') };
  };

  it('renders article text and metadata as text, never as markup', async () => {
    const { status, html } = await page(`/articles/${hostileId}`);
    expect(status).toBe(200);
    // Annotations may split the text into spans; strip our own tags to read it back.
    const text = html.slice(html.indexOf('id="article-text">')).replace(/<\/?span[^>]*>/gu, '');
    expect(text).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt; and &lt;img src=x onerror=&quot;window.pwned=2&quot;&gt; &quot;quotes&quot; &amp; &lt;b&gt;bold&lt;/b&gt;.</div>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; · claimtrail</title>');
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold');
    // The only script elements are our own, loaded from /assets.
    expect([...html.matchAll(/<script[^>]*>/gu)].map((m) => m[0])).toEqual(['<script src="/assets/article.js" defer>']);
  });

  it('wraps claims and figures with their ids and anchors', async () => {
    const articles = await (await app.request('/api/articles')).json() as { id: number; published: string }[];
    const id = articles.find((a) => a.published === '2024-12-24')!.id;
    const { html } = await page(`/articles/${id}`);
    expect(html).toContain('<span id="q-q1" class="m-content m-figure" data-claim="c1" data-figure="q1">More than 3,000</span>');
    expect(html).toContain('class="m-content m-loaded" data-claim="c3" title="loaded term; neutral: forces">occupiers</span>');
  });

  it('renders the trail, explorer, figure and entity pages', async () => {
    const home = await page('/');
    expect(home.html).toContain('href="/figures/killed%2Bwounded~north-korea~kursk"');
    expect(home.html).toContain('<span class="flag flag-disagreement">disagreement</span>');
    const figure = await page('/figures/killed%2Bwounded~north-korea~kursk');
    expect(figure.html).toContain('data-series="killed+wounded~north-korea~kursk"');
    expect(figure.html).toContain('<strong>revision</strong>: Volodymyr Zelenskyy raised the figure from &quot;More than 3,000&quot; (2024-12-23) to &quot;3,800&quot; (2025-01-06)');
    const claims = await page('/claims?outlet=Harbor+Wire');
    expect(claims.html).toContain('At least 1,000 casualties among DPRK troops in Kursk Oblast have been confirmed</a>');
    expect(claims.html).toContain('<option value="Harbor Wire" selected>');
    expect(claims.html).not.toContain('Spy agency');
    const entities = await (await app.request('/api/entities?type=person')).json() as { id: number }[];
    const entity = await page(`/entities/${entities[0]!.id}`);
    expect(entity.html).toContain('<h1>Volodymyr Zelenskyy</h1>');
    expect(entity.html).toContain('Pyongyang had sent about 11,000 troops to fight alongside Russian occupiers</a>');
  });

  it('answers errors as pages, not stack traces', async () => {
    expect(await page('/articles/424242')).toMatchObject({ status: 404 });
    expect((await page('/articles/424242')).html).toContain('<p>article 424242 not found</p>');
    expect((await page('/claims?since=%3Cscript%3E')).html).toContain('since must be a date YYYY-MM-DD, got &#39;&lt;script&gt;&#39;');
  });

  it('serves its assets and uPlot, and nothing else from disk', async () => {
    expect(await page('/assets/uplot.min.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect((await page('/assets/article.js')).html).toContain('textContent');
    expect((await page('/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});
