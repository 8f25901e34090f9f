/**
 * Streaming gunzip (concatenated members too, as in per-record gzipped WARCs) that hands out
 * everything decompressed before a failure and only then throws. Node's own stream iterator
 * drops buffered output when the stream errors, which would lose the records before the cut
 * of a truncated archive. Output is paused while the consumer lags, so memory stays bounded.
 */
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';

const HIGH_WATER = 16;

export async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const unzip = createGunzip();
  const ready: Buffer[] = [];
  let failure: { error: unknown } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  unzip.on('data', (chunk: Buffer) => {
    ready.push(chunk);
    if (ready.length >= HIGH_WATER) unzip.pause();
    signal();
  });
  unzip.on('error', (error) => {
    failure = { error };
    signal();
  });
  unzip.on('end', () => {
    ended = true;
    signal();
  });
  // Aborted when the consumer stops early, so a feeder waiting for 'drain' on a destroyed stream is released.
  const stop = new AbortController();
  const feed = (async () => {
    for await (const chunk of chunks) {
      if (stop.signal.aborted) return;
      if (!unzip.write(chunk)) await once(unzip, 'drain', { signal: stop.signal });
    }
    unzip.end();
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) unzip.destroy(error as Error);
  });
  try {
    for (;;) {
      while (ready.length > 0) {
        yield ready.shift()!;
        if (ready.length < HIGH_WATER / 2 && unzip.isPaused()) unzip.resume();
      }
      if (failure) throw failure.error;
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stop.abort();
    unzip.destroy();
    await feed;
  }
}
