/**
 * JSONL dumps: one article per line, `{"text": …}` (analysed exactly as given) or `{"html": …}`
 * (extracted like a page), with optional `url`, `title`, `published`, `outlet`. Streamed line by
 * line; a bad line is an InputError naming the line and the next lines still go through.
 */
import { InputError } from '../errors.js';
import { asInputError } from './as-input-error.js';
import { formatBytes, type ByteSource } from './byte-source.js';
import { readLines } from './read-lines.js';
import { articleFromHtml } from './read-html.js';
import { toDay } from './html-metadata.js';
import type { RawArticle } from './raw-article.js';

export async function* articlesFromJsonl(source: ByteSource, maxLineBytes: number): AsyncGenerator<RawArticle | InputError> {
  const decoder = new TextDecoder('utf-8');
  for await (const line of readLines(source.chunks, maxLineBytes)) {
    const input = `${source.input}#${line.number}`;
    const name = `${source.name} line ${line.number}`;
    if ('tooLong' in line) {
      yield new InputError(name, `line longer than the ${formatBytes(maxLineBytes)} limit, skipped`);
      continue;
    }
    const raw = decoder.decode(line.bytes).trim();
    if (raw === '') continue;
    try {
      yield rowArticle(parseRow(raw, name), input, name);
    } catch (error) {
      // One bad row or record must not end the stream: the next one is read.
      yield asInputError(name, error);
    }
  }
}

function parseRow(raw: string, name: string): Record<string, unknown> {
  let row: unknown;
  try {
    row = JSON.parse(raw);
  } catch (error) {
    throw new InputError(name, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError(name, 'expected a JSON object with "text" or "html"');
  return row as Record<string, unknown>;
}

function rowArticle(row: Record<string, unknown>, input: string, name: string): RawArticle {
  const field = (key: string) => (typeof row[key] === 'string' && (row[key] as string).trim() !== '' ? (row[key] as string) : undefined);
  const url = field('url');
  const title = field('title');
  const published = toDay(field('published') ?? field('date'));
  const outlet = field('outlet');
  const extras = {
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
  };
  const text = field('text');
  if (text !== undefined) return { input, text, format: 'jsonl', ...extras };
  const html = field('html');
  if (html === undefined) throw new InputError(name, 'the object has no non-empty "text" or "html" field');
  const page = articleFromHtml(html, { input, name, ...(url ? { url } : {}) });
  // What the row states explicitly wins over what the page's markup suggests.
  return { ...page, format: 'jsonl', ...extras };
}
