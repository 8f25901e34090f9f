/**
 * WARC archives (how news crawls are distributed): each `response` record holding an HTML page is
 * one article; requests, metadata, revisits and non-HTML responses are passed over. Records are
 * read one at a time, and a record over the size cap is skipped unread with an InputError.
 */
import { WARCParser } from 'warcio';
import { InputError } from '../errors.js';
import { asInputError } from './as-input-error.js';
import { formatBytes, type ByteSource } from './byte-source.js';
import { decodeBytes, declaredCharset } from './decode-bytes.js';
import { articleFromHtml } from './read-html.js';
import type { RawArticle } from './raw-article.js';

type Record = Awaited<ReturnType<ReturnType<typeof WARCParser.iterRecords>['next']>>['value'] & object;

const TRUNCATED = 'the archive ends inside this record (truncated, or a Content-Length past the end)';

/**
 * Passes over a record's payload in chunks; false when the file ended before the record did.
 * warcio's own skipFully spins forever in that case (a truncated archive, or a lying
 * Content-Length), so we drain what is there and mark the record consumed ourselves.
 */
async function skipRecord(record: Record): Promise<boolean> {
  const reader = record.reader as AsyncIterable<Uint8Array> & { limit?: number };
  for await (const _chunk of reader) {
    // discarded: only the position in the archive matters
  }
  (record as unknown as { consumed: string }).consumed = 'skipped';
  return !(reader.limit !== undefined && reader.limit > 0);
}

export async function* articlesFromWarc(source: ByteSource, maxRecordBytes: number): AsyncGenerator<RawArticle | InputError> {
  let number = 0;
  for await (const record of WARCParser.iterRecords(source.chunks)) {
    number++;
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const url = record.warcTargetURI ?? undefined;
    const name = `${source.name} record ${number}${url ? ` (${url})` : ''}`;
    const contentType = (record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '') || '';
    const status = Number(record.httpHeaders?.statusCode ?? 200);
    if (!/html/iu.test(contentType) || status < 200 || status >= 300) {
      if (!(await skipRecord(record))) yield new InputError(name, TRUNCATED);
      continue;
    }
    if (record.warcContentLength > maxRecordBytes) {
      const complete = await skipRecord(record);
      yield new InputError(name, complete ? `record larger than the ${formatBytes(maxRecordBytes)} limit, skipped` : TRUNCATED);
      continue;
    }
    // the record's own reader counts down what its Content-Length promised (read before decoding starts)
    const limited = record.reader as { limit?: number };
    const bytes = await record.readFully(true);
    // a page cut off by the end of the archive is half an article: refused, not analysed
    if ((limited.limit ?? 0) > 0) {
      yield new InputError(name, TRUNCATED);
      continue;
    }
    const decoded = decodeBytes(bytes, declaredCharset(bytes, contentType));
    try {
      yield articleFromHtml(decoded.text, { input: `${source.input}#${number}`, name, warnings: decoded.warnings, ...(url ? { url } : {}) });
    } catch (error) {
      // One bad row or record must not end the stream: the next one is read.
      yield asInputError(name, error);
    }
  }
}
