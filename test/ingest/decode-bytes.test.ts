import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from '../../src/ingest/decode-bytes.js';
import { detectFormat } from '../../src/ingest/detect-format.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('declaredCharset', () => {
  it.each([
    ['HTTP header', ascii('<p>x</p>'), 'text/html; charset=KOI8-R', 'koi8-r'],
    ['meta charset', ascii('<html><head><meta charset="windows-1251">'), undefined, 'windows-1251'],
    ['meta http-equiv', ascii('<meta http-equiv="Content-Type" content="text/html; charset=cp1251">'), undefined, 'cp1251'],
    ['XML declaration', ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'), undefined, 'windows-1252'],
    ['the header wins over the meta', ascii('<meta charset="koi8-r">'), 'text/html; charset=utf-8', 'utf-8'],
  ])('%s', (_what, bytes, header, charset) => expect(declaredCharset(bytes, header)).toBe(charset));

  it.each([
    ['no declaration', ascii('<html><body>plain</body></html>')],
    ['an unknown charset', ascii('<meta charset="x-klingon">')],
  ])('none from %s', (_what, bytes) => expect(declaredCharset(bytes)).toBeUndefined());
});

describe('decodeBytes', () => {
  const cyrillic = 'Инженер округа сообщил, что ремонт моста закончат в мае, а объезд сохранят до тех пор.';
  it('decodes a declared windows-1251 body', () => {
    expect(decodeBytes(iconv.encode(cyrillic, 'windows-1251'), 'windows-1251')).toEqual({ text: cyrillic, encoding: 'windows-1251', warnings: [] });
  });
  it('a UTF-8 BOM wins over a wrong declaration', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cyrillic)]), 'windows-1251').text).toBe(cyrillic);
  });
  it('valid UTF-8 under a stale legacy declaration is UTF-8, with a warning', () => {
    expect(decodeBytes(Buffer.from(cyrillic), 'windows-1251')).toEqual({ text: cyrillic, encoding: 'utf-8', warnings: ['declared windows-1251 but the bytes are valid UTF-8; decoded as UTF-8'] });
  });
  it('pure ASCII under a legacy declaration keeps the declaration, with no warning', () => {
    expect(decodeBytes(ascii('Plain words.'), 'koi8-r')).toEqual({ text: 'Plain words.', encoding: 'koi8-r', warnings: [] });
  });
  it('valid UTF-8 without a declaration is UTF-8, with no warning', () => {
    expect(decodeBytes(Buffer.from(cyrillic))).toEqual({ text: cyrillic, encoding: 'utf-8', warnings: [] });
  });
});

describe('detectFormat', () => {
  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['WARC/1.1\r\nWARC-Type: warcinfo', 'warc'],
    ['<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rss version="2.0">', 'feed'],
    ['<!-- saved page -->\n<!DOCTYPE html><html>', 'html'],
    ['<div class="story"><p>Text</p></div>', 'html'],
    ['{"html":"<p>x</p>","url":"https://a.example"}\n', 'jsonl'],
    ['https://a.example/1\n# a comment\nhttps://b.example/2\n', 'urls'],
    ['{"name":"not an article"}\n', 'text'],
    ['<Reuters> reported the figure first.', 'text'],
    ['https://a.example/1 was down, the ministry said.\n', 'text'],
  ])('%j is %s', (content, format) => expect(detectFormat(ascii(content))).toBe(format));

  it('hears the file name only where the content would be plain text', () => {
    // a first line broken in an export is still JSONL: its lines are reported, not analysed as prose
    expect(detectFormat(ascii('not json\n{"text":"Two died."}\n'), undefined, 'export.jsonl')).toBe('jsonl');
    expect(detectFormat(ascii('not json\n'), undefined, 'export.txt')).toBe('text');
    expect(detectFormat(ascii('<span>Two died.</span>'), undefined, 'page.html')).toBe('html');
    expect(detectFormat(ascii('<span>Two died.</span>'), undefined, 'notes.txt')).toBe('text');
    // prose saved under a markup name stays prose; content that names its format wins over the name
    expect(detectFormat(ascii('Two died, police said.'), undefined, 'page.html')).toBe('text');
    expect(detectFormat(ascii('<rss version="2.0">'), undefined, 'feed.jsonl')).toBe('feed');
  });

  it('gzip and binary by their bytes', () => {
    expect(detectFormat(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(detectFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toBe('binary');
  });
});
