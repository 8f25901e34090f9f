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
      await record.skipFully();
      continue;
    }
    if (record.warcContentLength > maxRecordBytes) {
      await record.skipFully();
      yield new InputError(name, `record larger than the ${formatBytes(maxRecordBytes)} limit, skipped`);
      continue;
    }
    const bytes = await record.readFully(true);
    const decoded = decodeBytes(bytes, declaredCharset(bytes, contentType));
    try {
      yield articleFromHtml(decoded.text, { input: `${source.input}#${number}`, name, warnings: decoded.warnings, ...(url ? { url } : {}) });
    } catch (error) {
      // One bad row or record must not end the stream: the next one is read.
      yield asInputError(name, error);
    }
  }
}
