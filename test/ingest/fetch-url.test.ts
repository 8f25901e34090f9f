import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch-url.js';
import { isPrivateAddress } from '../../src/ingest/private-address.js';
import { loadInputs, type LoadOptions } from '../../src/ingest/load-inputs.js';
import { InputError } from '../../src/errors.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';

const PAGE = '<!doctype html><html><head><title>Flood warning lifted</title></head><body><article><p>The flood warning for the lower valley was lifted on Sunday, the weather service said.</p></article></body></html>';
let server: Server;
let base = '';
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    const path = req.url ?? '/';
    if (path === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/cp1251') res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode('<html><body><p>Предупреждение о паводке сняли в воскресенье, сообщила метеослужба региона.</p></body></html>', 'windows-1251'));
    else if (path === '/gzip') res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
    else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('y'.repeat(200_000));
    } else if (path === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2000);
    else if (path === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Wire</title><item><title>One item</title><description>Body of the item.</description></item></channel></rss>');
    else res.writeHead(404, 'Not Found').end();
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function collect(inputs: string[], options: LoadOptions = { allowPrivate: true }) {
  const out: Array<RawArticle | InputError> = [];
  for await (const item of loadInputs(inputs, options)) out.push(item);
  return out;
}
const messages = (items: Array<RawArticle | InputError>) => items.map((i) => (i instanceof InputError ? i.message : i.input));

describe('fetching URLs from a local server (with allowPrivate)', () => {
  it('reads a page, names it by its URL and sends a real User-Agent', async () => {
    const [item] = (await collect([`${base}/page`])) as RawArticle[];
    expect(item).toMatchObject({ input: `${base}/page`, url: `${base}/page`, title: 'Flood warning lifted', format: 'html' });
    expect(item!.text).toBe('Flood warning lifted\n\nThe flood warning for the lower valley was lifted on Sunday, the weather service said.');
    expect(agents.at(-1)).toBe(USER_AGENT);
  });

  it('decodes the HTTP charset and gzip content-encoding, and reads a feed by content', async () => {
    const items = (await collect([`${base}/cp1251`, `${base}/gzip`, `${base}/feed`])) as RawArticle[];
    expect(items[0]!.text).toContain('Предупреждение о паводке сняли');
    expect(items[1]!.title).toBe('Flood warning lifted');
    expect(items[2]).toMatchObject({ input: `${base}/feed#1`, outlet: 'Wire', text: 'One item\n\nBody of the item.' });
  });

  it('follows up to the redirect limit and records the final URL', async () => {
    const [ok] = (await collect([`${base}/hop/2`])) as RawArticle[];
    expect(ok!.url).toBe(`${base}/page`);
    expect(messages(await collect([`${base}/hop/9`]))).toEqual([`cannot read ${base}/hop/9: more than 5 redirects`]);
  });

  it('HTTP errors, size cap and timeout give InputErrors naming the URL, and the batch goes on', async () => {
    const items = await collect([`${base}/missing`, `${base}/big`, `${base}/slow`, `${base}/page`], { allowPrivate: true, fetch: { maxBytes: 100_000, timeoutMs: 300 } });
    expect(messages(items)).toEqual([
      `cannot read ${base}/missing: HTTP 404 Not Found`,
      `cannot read ${base}/big: larger than the 98 KB limit`,
      `cannot read ${base}/slow: timed out after 0.3 s`,
      `${base}/page`,
    ]);
  });

  it('a URL list file fetches each URL in order', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'ct-urls-')), 'urls.txt');
    writeFileSync(list, `# morning reading\n${base}/page\n\n${base}/missing\n${base}/feed\n`);
    expect(messages(await collect([list]))).toEqual([`${base}/page`, `cannot read ${base}/missing: HTTP 404 Not Found`, `${base}/feed#1`]);
  });
});

describe('SSRF guard (default: no private addresses)', () => {
  it.each([
    ['a loopback literal', () => `${base}/page`, '127.0.0.1'],
    ['localhost by name (checked on the resolved address)', () => `${base.replace('127.0.0.1', 'localhost')}/page`, /^(?:127\.0\.0\.1|::1)$/u],
  ])('refuses %s', async (_what, url, address) => {
    const [item] = await collect([url()], {});
    expect(item).toBeInstanceOf(InputError);
    const match = /private or loopback address (\S+);/u.exec((item as InputError).message);
    expect(match?.[1]).toMatch(address);
    expect((item as InputError).message).toMatch(/pass --allow-private to allow it$/u);
  });

  it('an allowed fetch does not leave a pooled connection that a later guarded fetch could reuse', async () => {
    const byName = `${base.replace('127.0.0.1', 'localhost')}/page`;
    expect(await collect([byName], { allowPrivate: true })).toHaveLength(1);
    const [again] = await collect([byName], {});
    expect((again as InputError).message).toMatch(/refusing to fetch from the private or loopback address/u);
  });

  it('fetchUrl itself refuses by default (the guard is not only in loadInputs)', async () => {
    await expect(fetchUrl(`${base}/hop/1`)).rejects.toThrow(/refusing to fetch from the private or loopback address 127\.0\.0\.1/u);
  });

  it('refuses an IPv6 loopback literal before connecting', async () => {
    expect(messages(await collect(['http://[::1]:1/x'], {}))).toEqual(['cannot read http://[::1]:1/x: refusing to fetch from the private or loopback address ::1; pass --allow-private to allow it']);
  });
});

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip'])(
    '%s is private',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '93.184.216.34'])(
    '%s is public',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});
