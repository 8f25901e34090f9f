/**
 * Fetches an http(s) URL as a byte source, defensively: a deadline for the whole exchange, a
 * size cap on the (decompressed) body, a bounded number of redirects each checked again, a real
 * User-Agent, and no connections to loopback/private/link-local addresses unless `allowPrivate`.
 * The address check runs in the DNS `lookup` hook (what the socket will actually connect to, so
 * DNS rebinding between check and connect is not possible) and again on the connected socket.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { IncomingMessage } from 'node:http';
import { InputError } from '../errors.js';
import { formatBytes, TooLarge, type ByteSource } from './byte-source.js';
import { isPrivateAddress } from './private-address.js';

export interface FetchOptions {
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
}

export const USER_AGENT = 'Mozilla/5.0 (compatible; claimtrail/0.1; news claim analysis)';
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5';

/** Opens `url` and returns its body as a stream; throws an InputError naming the URL on refusal. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<ByteSource> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? 32 << 20;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new InputError(url, `timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  // A pending deadline must not keep the process alive once nothing reads the body any more.
  timer.unref();
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await request(current, options, deadline.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if (hop >= (options.maxRedirects ?? 5)) throw new InputError(url, `more than ${options.maxRedirects ?? 5} redirects`);
        current = new URL(location, current).href;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new InputError(url, `HTTP ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const declared = Number(response.headers['content-length']);
      if (declared > maxBytes) {
        response.destroy();
        throw new InputError(url, `the response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
      }
      const contentType = response.headers['content-type'];
      return { name: url, input: url, url: current, chunks: capped(decompressed(response), maxBytes, timer), ...(contentType ? { contentType } : {}) };
    }
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}

function request(url: string, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new InputError(url, 'not a valid URL'));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return Promise.reject(new InputError(url, `only http and https URLs are fetched, not ${parsed.protocol}`));
  const host = parsed.hostname.replace(/^\[|\]$/gu, '');
  const allowPrivate = options.allowPrivate ?? false;
  // Literal addresses never go through `lookup`, so they are checked here.
  if (!allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) return Promise.reject(refused(url, host));
  const client = parsed.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(parsed, {
      signal,
      // A fresh connection per request: a pooled socket would skip the address check in `lookup`.
      agent: false,
      headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
      lookup: guardedLookup(url, allowPrivate),
    });
    req.on('socket', (socket: Socket) =>
      socket.once('connect', () => {
        if (!allowPrivate && socket.remoteAddress && isPrivateAddress(socket.remoteAddress)) req.destroy(refused(url, socket.remoteAddress));
      }),
    );
    req.on('response', resolve);
    req.on('error', (error) => reject(error instanceof InputError ? error : signal.aborted ? signal.reason : new InputError(url, error.message, error)));
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(url: string, allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) return callback(refused(url, bad.address) as NodeJS.ErrnoException, []);
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function refused(url: string, address: string): InputError {
  return new InputError(url, `refusing to fetch from the private or loopback address ${address}; pass --allow-private to allow it`);
}

function decompressed(response: IncomingMessage): AsyncIterable<Uint8Array> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

async function* capped(body: AsyncIterable<Uint8Array>, maxBytes: number, timer: NodeJS.Timeout): AsyncGenerator<Uint8Array> {
  let length = 0;
  try {
    for await (const chunk of body) {
      length += chunk.length;
      if (length > maxBytes) throw new TooLarge(maxBytes);
      yield chunk;
    }
  } finally {
    clearTimeout(timer);
  }
}
