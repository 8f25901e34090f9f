/**
 * The articles one run has seen, by key, kept small and bounded: a 64-bit hash of each key in an
 * open-addressing table of typed arrays, and each article's input name as UTF-8 in one growing
 * buffer. About 60 bytes per article, where a Map of key strings held about 330, and at most two
 * generations of 65,536 articles, so a long ingest stays flat in memory (`npm run bench --
 * memory`). Two different keys share a 64-bit hash with odds of about 1 in 10^9 at 100k articles.
 */
import { createHash } from 'node:crypto';

const EMPTY = -1;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A typed array of twice the length with the same contents first. */
function grown<T extends Uint8Array | Uint32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** One generation of keys: the table and the names of the articles it holds. */
class Generation {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private article = new Int32Array(1024).fill(EMPTY);
  private keys = 0;
  private bytes = new Uint8Array(1 << 14);
  private nameEnds = new Uint32Array(256);
  private articles = 0;

  /** How many articles it names. */
  get size(): number {
    return this.articles;
  }

  /** The name of the article holding hash (h, l), if any. */
  find(h: number, l: number): string | undefined {
    const n = this.article[this.slot(h, l)]!;
    return n === EMPTY ? undefined : this.name(n);
  }

  /** Records the article `input` under the hashes not held yet. */
  add(input: string, hashes: readonly (readonly [number, number])[]): void {
    const fresh = hashes.filter(([h, l]) => this.article[this.slot(h, l)] === EMPTY);
    if (fresh.length === 0) return;
    const n = this.addName(input);
    for (const [h, l] of fresh) this.insert(h, l, n);
  }

  /** The slot holding hash (h, l), or the empty slot where it would go. */
  private slot(h: number, l: number): number {
    const mask = this.hi.length - 1;
    let at = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
    while (this.article[at] !== EMPTY && (this.hi[at] !== h || this.lo[at] !== l)) at = (at + 1) & mask;
    return at;
  }

  private insert(h: number, l: number, n: number): void {
    if ((this.keys + 1) * 10 > this.hi.length * 7) this.rehash();
    const at = this.slot(h, l);
    if (this.article[at] !== EMPTY) return;
    this.hi[at] = h;
    this.lo[at] = l;
    this.article[at] = n;
    this.keys++;
  }

  private rehash(): void {
    const { hi, lo, article } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.article = new Int32Array(hi.length * 2).fill(EMPTY);
    for (let k = 0; k < hi.length; k++) {
      if (article[k] === EMPTY) continue;
      const at = this.slot(hi[k]!, lo[k]!);
      this.hi[at] = hi[k]!;
      this.lo[at] = lo[k]!;
      this.article[at] = article[k]!;
    }
  }

  private addName(input: string): number {
    const utf8 = encoder.encode(input);
    const start = this.articles === 0 ? 0 : this.nameEnds[this.articles - 1]!;
    while (start + utf8.length > this.bytes.length) this.bytes = grown(this.bytes);
    if (this.articles === this.nameEnds.length) this.nameEnds = grown(this.nameEnds);
    this.bytes.set(utf8, start);
    this.nameEnds[this.articles] = start + utf8.length;
    return this.articles++;
  }

  private name(n: number): string {
    const start = n === 0 ? 0 : this.nameEnds[n - 1]!;
    return decoder.decode(this.bytes.subarray(start, this.nameEnds[n]!));
  }
}

/**
 * The articles seen in a run, remembered for the last `generation` to 2 x `generation` articles:
 * when the current generation is full it becomes the previous one and the oldest is dropped, so a
 * run of any length holds at most two. A copy further back than that is not skipped; the store
 * turns it into an update of the stored article, never a duplicate.
 */
export class SeenArticles {
  private current = new Generation();
  private previous: Generation | undefined;

  constructor(private readonly generation = 1 << 16) {}

  /**
   * Records an article by its input name and keys, and returns the name of the first article
   * seen with one of its keys, if any. Keys not seen before now lead to this article.
   */
  add(input: string, keys: readonly string[]): string | undefined {
    const hashes = keys.map(hash64);
    let first: string | undefined;
    for (const [h, l] of hashes) first ??= this.current.find(h, l) ?? this.previous?.find(h, l);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Generation();
    }
    // keys the previous generation holds keep leading to their first article there
    this.current.add(input, this.previous ? hashes.filter(([h, l]) => this.previous!.find(h, l) === undefined) : hashes);
    return first;
  }
}

/** The first 64 bits of the key's SHA-256, as two unsigned 32-bit halves. */
function hash64(key: string): readonly [number, number] {
  const digest = createHash('sha256').update(key).digest();
  return [digest.readUInt32BE(0), digest.readUInt32BE(4)];
}
