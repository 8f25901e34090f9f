/**
 * Input format by content, not by file name: a saved page called `article.txt` is still HTML.
 * The name is heard only where the content would otherwise be plain text (see NAMED).
 * Only the first bytes are looked at. Plain text is the fallback, and the rules for the other
 * formats are strict enough that ordinary prose never matches them (text is never altered).
 */
import { bomEncoding } from './decode-bytes.js';

export const FORMATS = ['text', 'html', 'feed', 'jsonl', 'warc', 'urls'] as const;
export type Format = (typeof FORMATS)[number];
export type Detected = Format | 'gzip' | 'binary' | 'empty';

const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6]|section|header)[\s>/]/iu;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/u;
const URL_LINE = /^https?:\/\/\S+$/u;

/**
 * A file name's extension, heard only where the content says nothing else (it would be plain
 * text): "export.jsonl" whose first line is broken is still JSONL, its lines reported one by one.
 */
const NAMED: readonly (readonly [RegExp, Format])[] = [
  [/\.(?:jsonl|ndjson)(?:\.gz)?$/iu, 'jsonl'],
  [/\.(?:html?|xhtml)(?:\.gz)?$/iu, 'html'],
  [/\.(?:rss|atom)(?:\.gz)?$/iu, 'feed'],
];

/** Decides the format from the first bytes of an input (`contentType` is an HTTP header, if any; `name` its path or URL). */
export function detectFormat(head: Uint8Array, contentType?: string, name?: string): Detected {
  const detected = detectFromContent(head, contentType);
  if (detected !== 'text' || !name) return detected;
  const named = NAMED.find(([pattern]) => pattern.test(name))?.[1];
  // markup only where the text opens with a tag, so prose saved as .html is still read as prose
  return named === 'jsonl' || (named && /^\s*</u.test(new TextDecoder().decode(head.subarray(0, 512)))) ? named : detected;
}

function detectFromContent(head: Uint8Array, contentType?: string): Detected {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const bom = bomEncoding(head);
  if (!bom && looksBinary(head)) return 'binary';
  const start = new TextDecoder(bom?.startsWith('utf-16') ? bom : 'utf-8').decode(head.subarray(0, 8192)).replace(/^\uFEFF/u, '').trimStart();
  if (start === '') return 'empty';
  if (start.startsWith('WARC/1.')) return 'warc';
  if (start.startsWith('<?xml')) return FEED_ROOT.test(start) ? 'feed' : /<html[\s>]/iu.test(start) ? 'html' : 'feed';
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/u.test(start)) return 'feed';
  if (HTML_START.test(start)) return 'html';
  if (start.startsWith('{') && firstLineIsArticleJson(start)) return 'jsonl';
  if (isUrlList(start, head.length >= 8192)) return 'urls';
  if (contentType && /\b(?:html|xhtml)\b/iu.test(contentType) && start.startsWith('<')) return 'html';
  return 'text';
}

/** NUL bytes or many control characters in the first 8 KB: an image, a PDF, an executable. */
function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control > sample.length / 20;
}

function firstLineIsArticleJson(start: string): boolean {
  const line = start.split('\n', 1)[0]!.trim();
  // A first line cut off by the peek size is judged by its opening alone.
  if (line.length >= 8000) return /^\{\s*"/u.test(line);
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && ('text' in value || 'html' in value);
  } catch {
    return false;
  }
}

/** Every non-blank, non-comment line is one http(s) URL. */
function isUrlList(start: string, truncated: boolean): boolean {
  const lines = start.split(/\r?\n/u);
  if (truncated) lines.pop();
  const meaningful = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return meaningful.length > 0 && meaningful.every((l) => URL_LINE.test(l));
}
