import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/analyze.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { openStore, type Store } from '../../src/store/db.js';
import { saveArticles } from '../../src/store/save-articles.js';
import { chromiumPath, launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { storeTrailFixtures } from '../helpers/fixture-store.js';

const ARTIFACTS = 'artifacts';
const KURSK = 'killed+wounded~north-korea~kursk';
const HOSTILE = 'Officials said <script>window.pwned=1</script> and <img src=x onerror="window.pwned=2"> <a href="javascript:window.pwned=3">click</a>.';

describe.skipIf(!existsSync(chromiumPath))('web UI in Chromium', () => {
  let store: Store;
  let server: RunningServer;
  let chrome: TestBrowser;
  let page: Page;
  let hostileId: number;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    store = await openStore('memory://');
    await storeTrailFixtures(store);
    const [saved] = await saveArticles(store.db, [{ article: { input: 'hostile.txt', text: HOSTILE, title: '<img src=x onerror="window.pwned=4">' }, doc: analyze(HOSTILE) }]);
    hostileId = saved!.id;
    server = await startServer(store, { port: 0 });
    chrome = await launchBrowser();
    page = await chrome.context.newPage();
    // Any script error or CSP violation fails the run.
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
    await store?.close();
  });

  const articleId = async (published: string) =>
    ((await (await fetch(`${server.url}/api/articles`)).json()) as { id: number; published: string }[]).find((a) => a.published === published)!.id;

  it('shows the trail with the Kursk series and its flags', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('.series-list li').first().innerText()).toContain('5 figures');
    expect(await page.locator('.series-list .flag-disagreement').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/trail.png`, fullPage: true });
  });

  it('opens a claim card when a claim is clicked in the annotated article', async () => {
    await page.goto(`${server.url}/articles/${await articleId('2024-12-24')}`);
    await page.locator('#c-c2').hover();
    expect(await page.locator('.hover').allInnerTexts()).toEqual(['Zelensky', 'said', 'the figure came from a report he heard on December 23 from his commander-in-chief']);
    await page.locator('#c-c2').click();
    const card = page.locator('#card');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain('the figure came from a report he heard on December 23 from his commander-in-chief');
    expect(await card.locator('dd a').first().innerText()).toBe('Zelensky');
    await page.screenshot({ path: `${ARTIFACTS}/article-claim-card.png` });
    await page.locator('#q-q1').click();
    expect(await card.innerText()).toContain('more_than');
    expect(await card.locator('a', { hasText: 'see the trail' }).getAttribute('href')).toBe(`/figures/${encodeURIComponent(KURSK)}`);
  });

  it('shows a relative source as the phrase it stands for, and whose losses a figure counts', async () => {
    const text = 'Ostria lost 300 troops near Kaltz, according to field engineers, who said the bridge held.';
    const doc = analyze(text, { published: '2031-09-01' });
    const [saved] = await saveArticles(store.db, [{ article: { input: 'losses.txt', text, published: '2031-09-01' }, doc }]);
    const who = doc.claims.find((c) => c.source && text.slice(c.source.start, c.source.end) === 'who')!;
    await page.goto(`${server.url}/articles/${saved!.id}`);
    await page.locator(`#c-${who.id}`).click();
    const card = page.locator('#card');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toMatch(/Source\s+field engineers/u);
    await page.locator(`#q-${doc.quantities[0]!.id}`).click();
    expect(await card.innerText()).toMatch(/Lost by\s+Ostria/u);
  });

  it('draws the figure timeline with uPlot, one series per source', async () => {
    await page.goto(`${server.url}/figures/${encodeURIComponent(KURSK)}`);
    await page.locator('#chart[data-rendered="5"] canvas').waitFor();
    expect(await page.locator('.u-legend .u-series').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('National Intelligence Service'), expect.stringContaining('Volodymyr Zelenskyy'), expect.stringContaining('a U.S. official')]),
    );
    // The canvas has drawn pixels (not a blank bitmap).
    const inked = await page.locator('#chart canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(2000);
    await page.screenshot({ path: `${ARTIFACTS}/figure.png`, fullPage: true });
  });

  it('filters the claims explorer and follows a claim into its article', async () => {
    await page.goto(`${server.url}/claims`);
    await page.selectOption('select[name=outlet]', 'Seoul Morning Post');
    await page.click('.filters button');
    await page.waitForURL(/outlet=Seoul/u);
    expect(await page.locator('table.claims tbody tr').count()).toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}/claims.png`, fullPage: true });
    await page.locator('a.claim-link', { hasText: 'satellite imagery' }).click();
    await page.locator('#card').waitFor({ state: 'visible' });
    expect(await page.locator('#card').innerText()).toContain('The agency');
  });

  it('lists everything an entity is quoted saying', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('.entity-list a', { hasText: 'Zelenskyy' }).click();
    expect(await page.locator('table.claims tbody tr').count()).toBe(4);
    await page.screenshot({ path: `${ARTIFACTS}/entity.png`, fullPage: true });
  });

  it('runs no planted script from hostile article content', async () => {
    await page.goto(`${server.url}/articles/${hostileId}`);
    await page.locator('#article-text').waitFor();
    expect(await page.locator('#article-text').innerText()).toContain('<script>window.pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#article-text a, #article-text img, #article-text script').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/hostile.png` });
  });

  it('logged no script errors or CSP violations on any page', () => {
    expect(problems).toEqual([]);
  });
});
