import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/ingest/load-inputs.js';
import { InputError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ct-warc-'));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2025-06-09"></head><body><nav>Home | World</nav><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

async function record(type: 'response' | 'request' | 'warcinfo' | 'metadata', url: string, body: Uint8Array, contentType = 'text/html; charset=utf-8', gzip = true) {
  async function* content() {
    yield body;
  }
  const rec =
    type === 'warcinfo'
      ? WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'claimtrail tests' })
      : WARCRecord.create({ url, type, warcVersion: 'WARC/1.1', date: '2025-06-10T00:00:00Z', ...(type === 'response' ? { httpHeaders: { 'Content-Type': contentType } } : {}) }, content());
  return WARCSerializer.serialize(rec, { gzip });
}

const utf8 = (s: string) => new TextEncoder().encode(s);

async function buildWarc(gzip: boolean): Promise<Buffer> {
  const parts = [
    await record('warcinfo', '', new Uint8Array(), '', gzip),
    await record('request', 'https://news.example/one', utf8('GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n'), '', gzip),
    await record('response', 'https://news.example/one', utf8(page('Dam inspection finds cracks', 'Inspectors found two cracks in the dam wall during the annual check, the water board said on Monday.')), undefined, gzip),
    await record('response', 'https://news.example/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png', gzip),
    await record('response', 'https://news.example/ru', iconv.encode(page('Плотину проверят', 'Инспекторы нашли две трещины в стене плотины, сообщили в понедельник.'), 'windows-1251'), 'text/html; charset=windows-1251', gzip),
  ];
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}

async function collect(inputs: string[], options = {}) {
  const out = [];
  for await (const item of loadInputs(inputs, options)) out.push(item);
  return out;
}

describe('WARC archives built with warcio', () => {
  it.each([
    ['gzip per record', true],
    ['uncompressed', false],
  ])('%s: one article per HTML response record, requests and images passed over', async (_what, gzip) => {
    const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
    writeFileSync(path, await buildWarc(gzip));
    const items = await collect([path]);
    expect(items.map((i) => (i instanceof InputError ? i.message : i.input))).toEqual([`${path}#3`, `${path}#5`]);
    const [en, ru] = items as Array<{ text: string; url: string; title: string; published: string }>;
    expect(en!.text).toBe('Dam inspection finds cracks\n\nInspectors found two cracks in the dam wall during the annual check, the water board said on Monday.');
    expect(en!.url).toBe('https://news.example/one');
    expect(en!.published).toBe('2025-06-09');
    expect(ru!.text).toContain('Инспекторы нашли две трещины');
  });

  it('truncated gzip: the records before the cut go through, then an InputError naming the file', async () => {
    const whole = await buildWarc(true);
    const path = join(dir, 'cut.warc.gz');
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    const items = await collect([path, join(dir, 'crawl.warc')]);
    const messages = items.map((i) => (i instanceof InputError ? i.message : i.input));
    expect(messages[0]).toBe(`${path}#3`);
    expect(messages).toContain(`cannot read ${path}: truncated gzip data (unexpected end of file)`);
    // The next input in the batch is still read.
    expect(messages.slice(-2)).toEqual([`${join(dir, 'crawl.warc')}#3`, `${join(dir, 'crawl.warc')}#5`]);
  });

  it('a record over the size cap is skipped with an InputError and the next record is read', async () => {
    const big = page('Long report', 'word '.repeat(5000));
    const parts = [
      await record('response', 'https://news.example/big', utf8(big)),
      await record('response', 'https://news.example/one', utf8(page('Small report here', 'A short paragraph that says the bridge reopened on Friday after repairs, officials said.'))),
    ];
    const path = join(dir, 'big.warc.gz');
    writeFileSync(path, Buffer.concat(parts.map((p) => Buffer.from(p))));
    const items = await collect([path], { maxRecordBytes: 10_000 });
    expect((items[0] as InputError).message).toBe(`cannot read ${path} record 1 (https://news.example/big): record larger than the 10 KB limit, skipped`);
    expect((items[1] as { input: string }).input).toBe(`${path}#2`);
  });

  it('an uncompressed archive cut inside a record, or with a Content-Length past its end, ends with an InputError (no hang)', async () => {
    const whole = await buildWarc(false);
    const cut = join(dir, 'cut.warc');
    // Cut inside the image record's payload (4th record), which is skipped rather than read.
    const png = whole.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(cut, whole.subarray(0, png + 2));
    const lying = join(dir, 'lying.warc');
    const one = Buffer.from(await record('response', 'https://news.example/one', utf8(page('Dam inspection finds cracks', 'Two cracks.')), undefined, false));
    writeFileSync(lying, Buffer.from(one.toString('latin1').replace(/Content-Length: \d+/u, 'Content-Length: 99999999999'), 'latin1'));
    const messages = (await collect([cut, lying], { maxRecordBytes: 1 << 20 })).map((i) => (i instanceof InputError ? i.message : i.input));
    expect(messages).toEqual([
      `${cut}#3`,
      `cannot read ${cut} record 4 (https://news.example/logo.png): the archive ends inside this record (truncated, or a Content-Length past the end)`,
      `cannot read ${lying} record 1 (https://news.example/one): the archive ends inside this record (truncated, or a Content-Length past the end)`,
    ]);
  });

  it('an archive cut inside an HTML page refuses that half page instead of analysing it', async () => {
    const whole = await buildWarc(false);
    const cut = join(dir, 'cut-page.warc');
    // Cut in the middle of the first page's paragraph (3rd record).
    writeFileSync(cut, whole.subarray(0, whole.indexOf(Buffer.from('two cracks in the dam wall'))));
    const messages = (await collect([cut], { maxRecordBytes: 1 << 20 })).map((i) => (i instanceof InputError ? i.message : i.input));
    expect(messages).toEqual([`cannot read ${cut} record 3 (https://news.example/one): the archive ends inside this record (truncated, or a Content-Length past the end)`]);
  });

  it('a gzip file that is not a WARC is unwrapped and detected again', async () => {
    const path = join(dir, 'article.txt.gz');
    writeFileSync(path, gzipSync('A plain text article, gzipped.\n'));
    const [item] = await collect([path]);
    expect(item).toMatchObject({ text: 'A plain text article, gzipped.\n', format: 'text' });
  });
});

it('a gzip bomb stops at the size cap with an InputError, and reading ends (no hang)', async () => {
  const path = join(dir, 'bomb.txt.gz');
  writeFileSync(path, gzipSync(Buffer.alloc(8 << 20, 0x61)));
  const items = await collect([path], { maxBytes: 1 << 20 });
  expect(items.map((i) => (i instanceof InputError ? i.message : 'article'))).toEqual([`cannot read ${path}: larger than the 1 MB limit`]);
});
