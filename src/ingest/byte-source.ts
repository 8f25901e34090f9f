/**
 * A byte source is one input's bytes as a stream of chunks plus what its transport told us
 * (an HTTP Content-Type). Every reader (file, stdin, URL, gunzip) produces one, so format
 * detection and the format readers do not care where the bytes came from.
 */
export interface ByteSource {
  /** How messages name this input: a path, 'standard input' or a URL. */
  readonly name: string;
  /** The id articles from it carry (`RawArticle.input`): the path, '-' or the URL. */
  readonly input: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly contentType?: string;
  /** The final URL after redirects, for fetched sources. */
  readonly url?: string;
}

/** The first bytes of a source, and the source again with those bytes put back in front. */
export interface Peeked {
  readonly head: Uint8Array;
  readonly source: ByteSource;
}

/** Reads at least `size` bytes (or all there are) without losing them for the real reader. */
export async function peek(source: ByteSource, size: number): Promise<Peeked> {
  const iterator = source.chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  // A failure after some bytes (a truncated gzip) is raised only after those bytes were read.
  let failure: { error: unknown } | undefined;
  while (length < size) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (length === 0) throw error;
      failure = { error };
      break;
    }
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  const head = concat(taken, length);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (failure) throw failure.error;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: head.subarray(0, Math.min(size, head.length)), source: { ...source, chunks: replay() } };
}

/** Collects a whole source, refusing it once it passes `maxBytes` (a gzip bomb, a huge page). */
export async function readAll(source: ByteSource, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks) {
    length += chunk.length;
    if (length > maxBytes) throw new TooLarge(maxBytes);
    chunks.push(chunk);
  }
  return concat(chunks, length);
}

export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than the ${formatBytes(limit)} limit`);
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
