/**
 * The ingestion entry point: command-line inputs (files, folders, '-', URLs, URL lists) in, one
 * RawArticle per article out, in input order. A bad input (or a bad line or record inside one)
 * yields an InputError in its place and the rest of the batch still goes through.
 */
import { InputError } from '../errors.js';
import type { Format } from './detect-format.js';
import type { FetchOptions } from './fetch-url.js';
import { fetchUrl } from './fetch-url.js';
import { fileSource, planInput, stdinSource, type Planned } from './open-source.js';
import { asInputError } from './as-input-error.js';
import { readSource, type SourceOptions } from './read-source.js';
import { createDedupe } from './article-key.js';
import type { RawArticle } from './raw-article.js';

export interface LoadProgress {
  /** Sources (files, URLs, stdin) finished so far, and how many are known to exist. */
  readonly sources: number;
  readonly totalSources: number;
  readonly articles: number;
  readonly errors: number;
}

export interface LoadOptions {
  /** Allow fetching URLs on loopback/private addresses (off by default: SSRF). */
  readonly allowPrivate?: boolean;
  /** Skip detection and read every input as this format ('auto', the default, detects). */
  readonly format?: Format | 'auto';
  /** Cap on one text, page or feed, in bytes (default 64 MB). */
  readonly maxBytes?: number;
  /** Cap on one JSONL line or WARC record, in bytes (default 16 MB). */
  readonly maxRecordBytes?: number;
  /**
   * Cap on the text of one article, in UTF-16 code units (default 2,000,000, some 300,000 words):
   * analysis time and memory grow with the text, and nothing longer is one news article.
   */
  readonly maxArticleChars?: number;
  /** Fetch settings: timeout, size cap, redirects, User-Agent. */
  readonly fetch?: Omit<FetchOptions, 'allowPrivate'>;
  /** Set `duplicateOf` on an article whose URL or body was seen earlier in the batch (default true). */
  readonly markDuplicates?: boolean;
  readonly onProgress?: (progress: LoadProgress) => void;
}

/**
 * Turns command-line inputs (paths, '-', folders, URLs) into articles, in input order.
 * @example for await (const a of loadInputs(['page.html', 'feeds/'])) if (!(a instanceof InputError)) console.log(a.title)
 */
export async function* loadInputs(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  const progress = { sources: 0, totalSources: 0, articles: 0, errors: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const sourceOptions: SourceOptions = {
    format: options.format ?? 'auto',
    maxBytes: options.maxBytes ?? 64 << 20,
    maxRecordBytes: options.maxRecordBytes ?? 16 << 20,
    fetch: { ...options.fetch, allowPrivate: options.allowPrivate ?? false },
    onMoreSources: (count) => {
      progress.totalSources += count;
      report();
    },
    onSourceDone: () => {
      progress.sources++;
      report();
    },
  };
  const duplicateOf = options.markDuplicates === false ? undefined : createDedupe();
  const planned: Array<Planned | InputError> = [];
  for (const input of inputs) planned.push(...(await planInput(input)));
  progress.totalSources = planned.length;
  report();
  for (const item of planned) {
    const items = item instanceof InputError ? single(item) : guarded(item, sourceOptions);
    for await (const read of items) {
      const result = read instanceof InputError ? read : tooLong(read, options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS) ?? read;
      if (result instanceof InputError) progress.errors++;
      else progress.articles++;
      const first = result instanceof InputError ? undefined : duplicateOf?.(result);
      yield first === undefined || result instanceof InputError ? result : { ...result, duplicateOf: first };
    }
    progress.sources++;
    report();
  }
}

const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

function tooLong(article: RawArticle, max: number): InputError | undefined {
  if (article.text.length <= max) return undefined;
  const count = (n: number) => n.toLocaleString('en-US');
  return new InputError(article.input, `${count(article.text.length)} characters of text, more than the ${count(max)} one article may have; split it into articles`);
}

/** Reads one planned source; whatever goes wrong after some articles were read becomes one more InputError. */
async function* guarded(item: Planned, options: SourceOptions): AsyncGenerator<RawArticle | InputError> {
  const name = item.kind === 'stdin' ? 'standard input' : item.kind === 'url' ? item.url : item.path;
  try {
    const source = item.kind === 'stdin' ? stdinSource() : item.kind === 'url' ? await fetchUrl(item.url, options.fetch) : fileSource(item.path);
    yield* readSource(source, options);
  } catch (error) {
    yield asInputError(name, error);
  }
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}
