import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs, type LoadOptions } from '../../src/ingest/load-inputs.js';
import { InputError } from '../../src/errors.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';

const dir = mkdtempSync(join(tmpdir(), 'ct-load-'));
const fixture = (name: string) => new URL(`../fixtures/ingest/${name}`, import.meta.url).pathname;
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function collect(inputs: string[], options: LoadOptions = {}): Promise<Array<RawArticle | InputError>> {
  const out: Array<RawArticle | InputError> = [];
  for await (const item of loadInputs(inputs, options)) out.push(item);
  return out;
}
const describeItem = (i: RawArticle | InputError) => (i instanceof InputError ? i.message : `${i.input} [${i.format}]`);

describe('detection by content, whatever the file is called', () => {
  it.each([
    ['page saved as .txt', 'page.txt', '<!DOCTYPE html><html><body><p>The mayor said the park would reopen in June after the new playground is finished.</p></body></html>', 'html'],
    ['feed saved as .dat', 'feed.dat', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A headline</title></item></channel></rss>', 'feed'],
    ['JSONL without extension', 'dump', '{"text":"First article."}\n{"text":"Second article."}\n', 'jsonl'],
    ['prose that mentions <html> later', 'prose.html', 'Officials said the website, which uses <html> tags, went down on Monday.\n', 'text'],
    ['prose starting with a brace', 'brace.txt', '{Editor note} The figures below are preliminary.\n', 'text'],
    ['a URL inside prose', 'urlprose.txt', 'See https://example.org for the report, the ministry said.\n', 'text'],
  ])('%s is read as %s', async (_what, name, content, format) => {
    const [item] = await collect([write(name, content)]);
    expect(item).not.toBeInstanceOf(InputError);
    expect((item as RawArticle).format).toBe(format);
  });

  it('plain text is passed through exactly, BOM-less, spaces and trailing newlines kept', async () => {
    const text = '  Title line\n\nBody with  double  spaces.\r\nShare\n\n\n';
    const [item] = await collect([write('exact.txt', text)]);
    expect((item as RawArticle).text).toBe(text);
  });

  it('--format forces a reader: HTML read as text keeps the markup', async () => {
    const path = write('forced.html', '<p>Tagged text that a reader would see, said the editor of the paper.</p>');
    const [item] = await collect([path], { format: 'text' });
    expect((item as RawArticle).text).toBe('<p>Tagged text that a reader would see, said the editor of the paper.</p>');
  });
});

describe('JSONL rows', () => {
  it('analyses "text" as given and extracts "html"; the row\'s fields win over the page\'s', async () => {
    const rows = [
      { text: '  Exactly this text.\n', url: 'https://a.example/1', title: 'Row title', published: '2024-07-01T10:00:00Z', outlet: 'Row Outlet' },
      { html: '<html><head><title>Page title</title><meta property="article:published_time" content="2020-01-01"></head><body><nav>Menu</nav><p>The bridge reopened on Friday after three weeks of repairs, engineers said.</p></body></html>', published: '2024-07-02' },
    ];
    const path = write('rows-ok.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
    const [text, html] = (await collect([path])) as RawArticle[];
    expect(text).toEqual({ input: `${path}#1`, text: '  Exactly this text.\n', format: 'jsonl', url: 'https://a.example/1', title: 'Row title', published: '2024-07-01', outlet: 'Row Outlet' });
    expect(html).toMatchObject({ input: `${path}#2`, text: 'Page title\n\nThe bridge reopened on Friday after three weeks of repairs, engineers said.', format: 'jsonl', title: 'Page title', published: '2024-07-02' });
  });
});

describe('encodings', () => {
  it('decodes a windows-1251 page from its meta charset, with no warning', async () => {
    const [item] = (await collect([fixture('page-windows-1251.html')])) as RawArticle[];
    expect(item!.text.split('\n\n')[0]).toBe('Мост через реку откроют в мае');
    expect(item!.text).toContain('сообщил в понедельник инженер округа');
    expect(item!.warnings).toBeUndefined();
    expect(item!.language).toBe('ru');
  });

  it('guesses KOI8-R for undeclared Cyrillic text and says it guessed', async () => {
    const [item] = (await collect([fixture('text-koi8-r.txt')])) as RawArticle[];
    expect(item!.text.startsWith('Мост через реку откроют в мае\n\n')).toBe(true);
    expect(item!.warnings).toEqual(['no charset declared and not valid UTF-8; decoded as koi8-r (a guess)']);
  });

  it('honours a UTF-16 BOM', async () => {
    const [item] = (await collect([write('utf16.txt', Buffer.from('\uFEFFThe port reopened.\n', 'utf16le'))])) as RawArticle[];
    expect(item!.text).toBe('The port reopened.\n');
  });

  it('an invalid byte in a declared UTF-8 page is replaced with a warning, not a crash', async () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>The council said costs rose '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' per cent this year, the report shows.</p></body></html>')]);
    const [item] = (await collect([write('bad-byte.html', bytes)])) as RawArticle[];
    expect(item!.text).toContain('costs rose \uFFFD\uFFFDA per cent');
    expect(item!.warnings).toEqual(['2 invalid UTF-8 byte sequence(s) replaced by U+FFFD']);
  });
});

describe('bad inputs give an InputError naming the input; the rest of the batch goes through', () => {
  it('empty, whitespace, binary, missing, XML bomb, broken JSONL lines, then a good file', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>';
    const inputs = [
      write('empty.txt', ''),
      write('blank.txt', ' \n\t\n'),
      write('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      join(dir, 'missing.txt'),
      write('bomb.xml', bomb),
      write('rows.jsonl', '{"text":"Row one."}\n{"text": broken\n["an array"]\n{"title":"no body"}\n{"text":"Row five."}\n'),
      write('good.txt', 'The good article.\n'),
    ];
    const items = await collect(inputs);
    expect(items.map(describeItem)).toEqual([
      `cannot read ${inputs[0]}: the file is empty`,
      `cannot read ${inputs[1]}: only whitespace, no text to analyse`,
      `cannot read ${inputs[2]}: binary data (NUL bytes), not text`,
      `cannot read ${inputs[3]}: no such file`,
      `cannot read ${inputs[4]}: the XML declares entities (<!ENTITY>), refused: feeds never need them and they can expand without bound`,
      `${inputs[5]}#1 [jsonl]`,
      expect.stringMatching(new RegExp(`^cannot read ${inputs[5]} line 2: not valid JSON \\(`, 'u')),
      `cannot read ${inputs[5]} line 3: expected a JSON object with "text" or "html"`,
      `cannot read ${inputs[5]} line 4: the object has no non-empty "text" or "html" field`,
      `${inputs[5]}#5 [jsonl]`,
      `${inputs[6]} [text]`,
    ]);
  });

  it('names the first bad JSONL lines, then sums up the rest in one error by problem, with their numbers', async () => {
    const rows = ['{"text":"Row one."}', ...Array.from({ length: 12 }, () => '{broken'), '[1]', '{"title":"no body"}', '{"title":"no body"}', '{"text":"Last row."}'];
    const path = write('many-bad.jsonl', rows.join('\n') + '\n');
    const items = (await collect([path])).map(describeItem);
    expect(items).toHaveLength(6);
    expect(items[0]).toBe(`${path}#1 [jsonl]`);
    expect(items.slice(1, 4)).toEqual([2, 3, 4].map((n) => expect.stringMatching(new RegExp(`^cannot read ${path} line ${n}: not valid JSON \\(`, 'u'))));
    expect(items[4]).toBe(`${path}#17 [jsonl]`);
    expect(items[5]).toBe(`cannot read ${path}: 12 more bad lines: not valid JSON: 9 lines (5–13); expected a JSON object with "text" or "html": 1 line (14); the object has no non-empty "text" or "html" field: 2 lines (15–16)`);
  });

  it('a JSONL line over the cap is skipped unread (memory stays bounded) and the next line is read', async () => {
    const path = join(dir, 'long-line.jsonl');
    const out = createWriteStream(path);
    out.write('{"text":"Before."}\n{"text":"');
    const block = 'x'.repeat(1 << 16);
    for (let i = 0; i < 48; i++) if (!out.write(block)) await once(out, 'drain');
    out.end('"}\n{"text":"After."}\n');
    await once(out, 'finish');
    const items = await collect([path], { maxRecordBytes: 1 << 20 });
    expect(items.map(describeItem)).toEqual([`${path}#1 [jsonl]`, `cannot read ${path} line 2: line longer than the 1 MB limit, skipped`, `${path}#3 [jsonl]`]);
  });

  it('an article longer than the article cap is refused by name, and the next input still goes through', async () => {
    const long = write('long.txt', 'Officials said 12 people were hurt. '.repeat(100));
    const short = write('short.txt', 'Officials said 3 people were hurt.');
    expect((await collect([long, short], { maxArticleChars: 1000 })).map(describeItem)).toEqual([
      `cannot read ${long}: 3,600 characters of text, more than the 1,000 one article may have; split it into articles`,
      `${short} [text]`,
    ]);
  });

  it('a single text over the size cap is refused', async () => {
    const path = write('huge.txt', 'a'.repeat(3000));
    expect((await collect([path], { maxBytes: 2048 })).map(describeItem)).toEqual([`cannot read ${path}: larger than the 2 KB limit`]);
  });
});

describe('a 20 MB input', () => {
  it('streams a 20 MB JSONL file row by row', async () => {
    const path = join(dir, 'big.jsonl');
    const out = createWriteStream(path);
    const row = (i: number) => JSON.stringify({ text: `Article ${i}. ` + 'The committee said the figures were preliminary. '.repeat(20), url: `https://news.example/${i}`, published: '2025-01-02' }) + '\n';
    let size = 0;
    let rows = 0;
    while (size < 20 << 20) {
      const line = row(rows++);
      size += line.length;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    let count = 0;
    let last: RawArticle | undefined;
    for await (const item of loadInputs([path])) {
      expect(item).not.toBeInstanceOf(InputError);
      last = item as RawArticle;
      count++;
    }
    expect(count).toBe(rows);
    expect(last).toMatchObject({ input: `${path}#${rows}`, url: `https://news.example/${rows - 1}`, published: '2025-01-02' });
  });

  it('reads a 20 MB plain text file whole and unaltered', async () => {
    const text = 'The ministry said the count was preliminary.\n\n'.repeat(Math.ceil((20 << 20) / 46));
    const path = write('big.txt', text);
    const [item] = (await collect([path], { maxArticleChars: 64 << 20 })) as RawArticle[];
    expect(item!.text.length).toBe(text.length);
    expect(item!.text === text).toBe(true);
  });
});

describe('folders and duplicates', () => {
  it('walks a folder recursively in name order, skipping hidden files and images', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'Alpha article.\n');
    writeFileSync(join(root, 'b', 'c', 'd.txt'), 'Delta article.\n');
    writeFileSync(join(root, 'b', 'b.txt'), 'Beta article.\n');
    writeFileSync(join(root, '.hidden.txt'), 'Hidden.\n');
    writeFileSync(join(root, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0]));
    const items = (await collect([root])) as RawArticle[];
    expect(items.map((i) => i.text)).toEqual(['Alpha article.\n', 'Beta article.\n', 'Delta article.\n']);
  });

  it('marks the same article seen again (same canonical URL, or same body) with the first input', async () => {
    const page = (extra: string) => `<html><head><link rel="canonical" href="https://news.example/story?utm_source=x"></head><body><p>The river burst its banks on Monday, flooding ${extra} homes in the lower town, officials said.</p></body></html>`;
    const first = write('dup-a.html', page('forty'));
    const sameUrl = write('dup-b.html', page('about forty'));
    const plain = write('dup-c.txt', 'A different story.\n');
    const sameBody = write('dup-d.txt', 'A  different\nstory!\n');
    const items = (await collect([first, sameUrl, plain, sameBody])) as RawArticle[];
    expect(items.map((i) => i.duplicateOf)).toEqual([undefined, first, undefined, plain]);
    expect((await collect([first, sameUrl], { markDuplicates: false })).map((i) => (i as RawArticle).duplicateOf)).toEqual([undefined, undefined]);
  });

  it('reports progress: sources done of the total, articles, errors', async () => {
    const seen: string[] = [];
    await collect([fixture('feed-rss.xml'), join(dir, 'nope.txt')], { onProgress: (p) => seen.push(`${p.sources}/${p.totalSources} ${p.articles}a ${p.errors}e`) });
    expect(seen).toEqual(['0/2 0a 0e', '1/2 2a 1e', '2/2 2a 2e']);
  });
});

it('the fixture page is read through loadInputs with metadata', async () => {
  const [item] = (await collect([fixture('news-page.html')])) as RawArticle[];
  expect(item).toMatchObject({ title: 'Port city reopens after storm damage', published: '2025-03-14', outlet: 'Harbour Courier' });
  expect(readFileSync(fixture('news-page.html'), 'utf8')).toContain(item!.text.split('\n\n')[1]!.slice(0, 40));
});
