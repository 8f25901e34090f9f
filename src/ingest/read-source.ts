/**
 * One byte source to articles: detect the format from the first bytes (or take the one forced
 * by `--format`), then hand the source to that format's reader. Small formats (text, a page, a
 * feed) are read whole under a size cap; JSONL and WARC are streamed record by record; gzip is
 * unwrapped and the content detected again; a URL list fetches each URL in turn.
 */
import { InputError } from '../errors.js';
import { asInputError } from './as-input-error.js';
import { peek, readAll, type ByteSource } from './byte-source.js';
import { decodeBytes, declaredCharset } from './decode-bytes.js';
import { detectFormat, type Format } from './detect-format.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { gunzip } from './gunzip.js';
import { articleFromHtml } from './read-html.js';
import { articlesFromFeed } from './read-feed.js';
import { articlesFromJsonl } from './read-jsonl.js';
import { articlesFromWarc } from './read-warc.js';
import type { RawArticle } from './raw-article.js';

export interface SourceOptions {
  readonly format: Format | 'auto';
  /** Cap on a whole text, page or feed (after decompression). */
  readonly maxBytes: number;
  /** Cap on one JSONL line or WARC record. */
  readonly maxRecordBytes: number;
  readonly fetch: FetchOptions;
  /** Called when a URL list adds sources (for progress totals). */
  readonly onMoreSources?: (count: number) => void;
  readonly onSourceDone?: () => void;
}

const PEEK = 64 * 1024;

export async function* readSource(source: ByteSource, options: SourceOptions, depth = 0): AsyncGenerator<RawArticle | InputError> {
  const { head, source: peeked } = await peek(source, PEEK);
  const detected = detectFormat(head, source.contentType, source.name);
  if (detected === 'empty') throw new InputError(source.name, head.length === 0 ? 'the file is empty' : 'only whitespace, no text to analyse');
  if (detected === 'gzip') {
    if (depth > 0) throw new InputError(source.name, 'gzip inside gzip, refused');
    yield* readSource({ ...peeked, chunks: gunzip(peeked.chunks) }, options, depth + 1);
    return;
  }
  if (detected === 'binary') throw new InputError(source.name, 'binary data (NUL bytes), not text');
  const format = options.format === 'auto' ? detected : options.format;
  if (format === 'jsonl') yield* articlesFromJsonl(peeked, options.maxRecordBytes);
  else if (format === 'warc') yield* articlesFromWarc(peeked, options.maxRecordBytes);
  else if (format === 'urls') yield* readUrlList(peeked, options, depth);
  else yield* readWhole(peeked, format, options.maxBytes);
}

async function* readWhole(source: ByteSource, format: 'text' | 'html' | 'feed', maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  const bytes = await readAll(source, maxBytes);
  const declared = format === 'text' ? declaredCharset(new Uint8Array(0), source.contentType) : declaredCharset(bytes, source.contentType);
  const { text, warnings } = decodeBytes(bytes, declared);
  const url = source.url ? { url: source.url } : {};
  if (format === 'html') {
    yield articleFromHtml(text, { input: source.input, name: source.name, warnings, ...url });
  } else if (format === 'feed') {
    yield* articlesFromFeed(text, source.input, source.name);
  } else {
    if (text.trim() === '') throw new InputError(source.name, 'only whitespace, no text to analyse');
    // Plain text is the analysed text exactly as given: no cleanup, no trimming.
    yield { input: source.input, text, format: 'text', ...url, ...(warnings.length > 0 ? { warnings } : {}) };
  }
}

/** Each URL of a list, fetched and read in turn; one failing URL does not stop the others. */
async function* readUrlList(source: ByteSource, options: SourceOptions, depth: number): AsyncGenerator<RawArticle | InputError> {
  const list = decodeBytes(await readAll(source, options.maxBytes)).text;
  const urls = list.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  options.onMoreSources?.(urls.length);
  for (const url of urls) {
    try {
      yield* readSource(await fetchUrl(url, options.fetch), { ...options, format: 'auto' }, depth + 1);
    } catch (error) {
      yield asInputError(url, error);
    }
    options.onSourceDone?.();
  }
}
