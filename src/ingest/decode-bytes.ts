/**
 * Bytes to text. Order (as browsers do it): a byte-order mark wins, then the charset the
 * transport or the document declares, then valid UTF-8, then a statistical guess. Invalid bytes
 * are replaced and reported as a warning: a page with one bad byte is still an article.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

const BOMS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The BOM's encoding, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
}

/** The charset of `text/html; charset=windows-1251`, `<meta charset="koi8-r">` or `<?xml … encoding="…"?>`. */
export function declaredCharset(head: Uint8Array, contentType?: string): string | undefined {
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1] : undefined;
  if (fromHeader && iconv.encodingExists(fromHeader)) return normalise(fromHeader);
  // Declarations are ASCII, so reading the first bytes as latin1 finds them in any ASCII-compatible charset.
  const start = Buffer.from(head.subarray(0, 4096)).toString('latin1');
  const found =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/iu.exec(start)?.[1] ??
    /<meta[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/iu.exec(start)?.[1];
  return found && iconv.encodingExists(found) ? normalise(found) : undefined;
}

/** Decodes `bytes`; `declared` is the charset from the transport or the document, if any. */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, []);
  const utf8 = strictUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    // Pages often keep a legacy declaration after being re-saved as UTF-8. Non-ASCII legacy text
    // is almost never valid UTF-8 by accident, so valid UTF-8 with non-ASCII bytes wins.
    if (utf8 !== undefined && !declared.startsWith('utf-16') && hasNonAscii(bytes)) {
      return { text: utf8, encoding: 'utf-8', warnings: [`declared ${declared} but the bytes are valid UTF-8; decoded as UTF-8`] };
    }
    return decodeAs(bytes, declared, []);
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', warnings: [] };
  if (declared === 'utf-8') return decodeAs(bytes, 'utf-8', []);
  const guess = guessEncoding(bytes);
  if (guess === 'utf-8') return decodeAs(bytes, 'utf-8', []);
  return decodeAs(bytes, guess, [`no charset declared and not valid UTF-8; decoded as ${guess} (a guess)`]);
}

function decodeAs(bytes: Uint8Array, encoding: string, warnings: string[]): Decoded {
  if (encoding === 'utf-8') {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = strictUtf8(bytes) === undefined ? countReplacements(text) : 0;
    return { text, encoding, warnings: bad > 0 ? [...warnings, `${bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD`] : warnings };
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, warnings };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function guessEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, 64 * 1024));
  return guess && iconv.encodingExists(guess) ? normalise(guess) : 'windows-1252';
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

function normalise(charset: string): string {
  const lower = charset.toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  // Browsers treat iso-8859-1 and ascii labels as windows-1252; so do we.
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252';
  return lower;
}
