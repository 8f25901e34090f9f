/**
 * The bad-input corpus, generated here (never stored): each kind is a file name and its bytes.
 * `expect` says what a correct reader does with it: 'error' (a clear message naming the input),
 * 'result' (a usable article), or 'either'. `forbid` is text that must never reach the output
 * (a file an XML entity tried to pull in).
 */
import { gzipSync } from 'node:zlib';
import { collectRegexes } from '../../scripts/collect-regexes.js';
import { attackStrings } from './regex-attacks.js';

export interface HostileCase {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Uint8Array;
  readonly expect: 'error' | 'result' | 'either';
  readonly forbid?: string;
  /** Other names an error may give instead of the file (the URLs listed in it). */
  readonly names?: readonly string[];
  /** Generous upper bound for the CLI on this input (a hang guard, not a speed test). */
  readonly timeoutMs?: number;
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const SENTENCE = 'The council said on Monday that more than 3,000 homes had lost power, and officials expect repairs to take a week. ';
const ARTICLE = `Storm cuts power\n\n${SENTENCE}\n\n"We are working around the clock," the mayor said.\n`;

function warcRecord(uri: string, html: string): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const length = Buffer.byteLength(http);
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-12-24T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n${http}\r\n\r\n`;
}

const URLS = ['http://127.0.0.1:1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.0.0.1/'];
const PAGE = `<!doctype html><html><head><title>Storm cuts power</title></head><body><article><h1>Storm cuts power</h1><p>${SENTENCE}</p><p>"We are working around the clock," the mayor said.</p></article></body></html>`;

function truncate(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}

/** Pumped strings for every regex literal in src/, joined into one text per regex group. */
function regexAttackText(): string {
  const pieces = new Set<string>();
  for (const r of collectRegexes()) if (r.source) for (const a of attackStrings(r.source, 5_000, false)) pieces.add(a);
  return [...pieces].join('\n\n');
}

export const HOSTILE: readonly HostileCase[] = [
  { name: 'empty file', file: 'empty.txt', bytes: () => new Uint8Array(0), expect: 'error' },
  { name: 'only spaces and tabs', file: 'blank.txt', bytes: () => utf8(' \t  \t '.repeat(100)), expect: 'error' },
  { name: 'only newlines (CRLF, CR, LF)', file: 'newlines.txt', bytes: () => utf8('\r\n\n\r'.repeat(1000)), expect: 'error' },
  { name: 'only a UTF-8 BOM', file: 'bom.txt', bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]), expect: 'error' },
  { name: 'random binary', file: 'random.bin', bytes: () => Uint8Array.from({ length: 65_536 }, (_, i) => (i * 2_654_435_761) >>> 24), expect: 'error' },
  { name: 'NUL bytes inside text', file: 'nul.txt', bytes: () => utf8(ARTICLE.replace(/ /gu, ' \u0000')), expect: 'either' },
  { name: 'PNG image', file: 'photo.png', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]), expect: 'error' },
  { name: 'PDF', file: 'report.pdf', bytes: () => utf8(`%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${'\u0001\u0002stream\u0003'.repeat(200)}`), expect: 'either' },
  { name: 'zip archive', file: 'bundle.zip', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...new Array(100).fill(0)]), expect: 'error' },
  { name: '50 MB of text', file: 'huge.txt', bytes: () => utf8(ARTICLE.repeat(Math.ceil(50e6 / ARTICLE.length))), expect: 'either', timeoutMs: 300_000 },
  { name: '1 MB single line', file: 'one-line.txt', bytes: () => utf8(SENTENCE.repeat(Math.ceil(1e6 / SENTENCE.length))), expect: 'either', timeoutMs: 180_000 },
  { name: 'run-on sentence of 23k lowercase reported clauses (no full stop)', file: 'run-on.txt', bytes: () => utf8('the mayor said in a statement on monday that prices rose in the city during the week, '.repeat(23_000)), expect: 'either', timeoutMs: 180_000 },
  { name: 'one paragraph of 40k interrupted quotations', file: 'quotes.txt', bytes: () => utf8('“we will win,” he said, “'.repeat(40_000)), expect: 'either', timeoutMs: 180_000 },
  { name: '1 MB single word', file: 'one-word.txt', bytes: () => utf8('a'.repeat(1_000_000)), expect: 'either', timeoutMs: 180_000 },
  { name: '200k one-character lines', file: 'many-lines.txt', bytes: () => utf8('a\n'.repeat(200_000)), expect: 'either', timeoutMs: 180_000 },
  { name: 'invalid UTF-8 sequences', file: 'invalid-utf8.txt', bytes: () => Buffer.concat([utf8('The mayor said '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), utf8(' that 40 homes flooded.\n')]), expect: 'either' },
  { name: 'overlong UTF-8 and encoded surrogates', file: 'overlong.txt', bytes: () => Buffer.concat([utf8('Police said '), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0xf4, 0x90, 0x80, 0x80]), utf8(' 12 died.\n')]), expect: 'either' },
  { name: 'UTF-16LE without BOM', file: 'utf16le.txt', bytes: () => Buffer.from(ARTICLE, 'utf16le'), expect: 'either' },
  { name: 'UTF-16BE with BOM', file: 'utf16be.txt', bytes: () => Buffer.from(`\uFEFF${ARTICLE}`, 'utf16le').swap16(), expect: 'result' },
  { name: 'Windows-1252 text', file: 'cp1252.txt', bytes: () => Buffer.from(`The caf\u00e9 owner said \u00a3300 was lost.\n`, 'latin1'), expect: 'result' },
  { name: 'malformed HTML', file: 'malformed.html', bytes: () => utf8(`<html><body><p>${SENTENCE}<div><b><i>unclosed <a href="x>broken</p></td></table><script>var x = "</script>${SENTENCE}<<<>>><!-- never closed`), expect: 'either' },
  { name: 'deeply nested HTML (100k divs)', file: 'nested.html', bytes: () => utf8(`<!doctype html><html><body>${'<div>'.repeat(100_000)}${SENTENCE}${'</div>'.repeat(100_000)}</body></html>`), expect: 'either', timeoutMs: 180_000 },
  { name: 'one paragraph of 49k inline elements, glued word to capital', file: 'spans.html', bytes: () => utf8(`<!doctype html><html><body><article><p>${'<span>abc</span><span>Def</span>'.repeat(49_000)}</p><p>${SENTENCE}</p></article></body></html>`), expect: 'either' },
  { name: 'HTML with only scripts and styles', file: 'scripts.html', bytes: () => utf8(`<!doctype html><html><head><style>p{color:red}</style></head><body><script>${'alert(1);'.repeat(1000)}</script></body></html>`), expect: 'either' },
  { name: 'hostile HTML (event handlers, javascript: links)', file: 'xss.html', bytes: () => utf8(`<!doctype html><html><body><article><h1 onmouseover="alert(1)">Title</h1><p>${SENTENCE}<img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a></p><svg><script>alert(4)</script></svg></article></body></html>`), expect: 'either' },
  { name: 'billion laughs XML feed', file: 'laughs.xml', bytes: () => utf8(`<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`), expect: 'either', timeoutMs: 120_000 },
  { name: 'XXE external entity feed', file: 'xxe.xml', bytes: () => utf8(`<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><item><title>Leak</title><description>&xxe; ${SENTENCE}</description></item></channel></rss>`), expect: 'either', forbid: 'root:x:0' },
  { name: 'truncated RSS feed', file: 'truncated.rss', bytes: () => truncate(utf8(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${`<item><title>Storm</title><description>${SENTENCE}</description></item>`.repeat(20)}</channel></rss>`), 0.55), expect: 'either' },
  { name: 'Atom feed with 20k empty entries', file: 'empty-entries.atom', bytes: () => utf8(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${'<entry><title></title></entry>'.repeat(20_000)}</feed>`), expect: 'either', timeoutMs: 120_000 },
  { name: 'truncated gzip', file: 'article.txt.gz', bytes: () => truncate(gzipSync(utf8(ARTICLE.repeat(200))), 0.5), expect: 'either' },
  { name: 'gzip bomb (200 MB of text in ~200 KB)', file: 'bomb.txt.gz', bytes: () => gzipSync(Buffer.alloc(200e6, 'said ')), expect: 'either', timeoutMs: 300_000 },
  { name: 'gzip of binary', file: 'binary.gz', bytes: () => gzipSync(Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7919) & 0xff)), expect: 'error' },
  { name: 'truncated WARC', file: 'crawl.warc', bytes: () => truncate(utf8(warcRecord('https://news.example/a', PAGE) + warcRecord('https://news.example/b', PAGE)), 0.7), expect: 'either' },
  { name: 'truncated WARC.gz', file: 'crawl.warc.gz', bytes: () => truncate(gzipSync(utf8(warcRecord('https://news.example/a', PAGE) + warcRecord('https://news.example/b', PAGE))), 0.6), expect: 'either' },
  { name: 'WARC with a lying Content-Length', file: 'lying.warc', bytes: () => utf8(warcRecord('https://news.example/a', PAGE).replace(/Content-Length: \d+/u, 'Content-Length: 99999999999')), expect: 'either' },
  { name: 'JSONL with broken lines', file: 'broken.jsonl', bytes: () => utf8(`{"text": ${JSON.stringify(ARTICLE)}}\n{"text": "unterminated\n{]\n\n{"text": 42}\n{"text": null}\n[1,2,3]\n{"html": "<p>${SENTENCE}</p>"}\n{"text": ${JSON.stringify(SENTENCE)}, "published": "not a date"}\n`), expect: 'either' },
  { name: 'JSONL with a 17 MB line', file: 'long-line.jsonl', bytes: () => utf8(`{"text": ${JSON.stringify(SENTENCE.repeat(Math.ceil(17e6 / SENTENCE.length)))}}\n{"text": ${JSON.stringify(ARTICLE)}}\n`), expect: 'either', timeoutMs: 180_000 },
  { name: 'JSON nested 100k deep', file: 'deep.jsonl', bytes: () => utf8(`{"text": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`), expect: 'either' },
  { name: 'extreme numbers (1e308, 10^400, 1e-400, 400 digits)', file: 'numbers.txt', bytes: () => utf8(`Officials said 1e308 people and 10^400 dollars were involved, while 1e-400 percent and ${'9'.repeat(400)} tonnes were reported. More than 1.7976931348623157e309 votes, at least -0 seats, 0x1F4 units, 1,000,000,000,000,000,000,000 euros and 99999999999999999999 trillion were counted, the minister said.\n`), expect: 'result' },
  { name: 'URL list pointing at private and metadata addresses', file: 'urls.txt', bytes: () => utf8(URLS.join('\n') + '\n'), expect: 'error', timeoutMs: 120_000, names: URLS },
  { name: 'zero-width and bidi characters everywhere', file: 'invisible.txt', bytes: () => utf8(ARTICLE.split('').join('\u200B\u200F')), expect: 'result' },
  { name: 'adversarial strings for every regex in src/', file: 'regex-attacks.txt', bytes: () => utf8(regexAttackText()), expect: 'either', timeoutMs: 300_000 },
];
