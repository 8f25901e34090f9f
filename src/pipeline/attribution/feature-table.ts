/**
 * The taggers' weights by numeric key: a feature is its template and up to three interned part
 * ids, and its row of tag scores sits in one flat array. Open addressing over typed arrays, because
 * scoring looks up millions of features per corpus and a JS Map costs a cache miss for the entry and
 * another for its row (and the cue tagger's three-part keys overflowed small integers into boxed
 * doubles): this was half of attributeClaims' time.
 */

/** Part ids fit 21 bits; a third part (closed sets only: POS tags, places) fits 10. */
const PART_LIMIT = 1 << 21;
const THIRD_LIMIT = 1023;
/** Int32s per slot: key high word, key low word, entry index, padding. */
const SLOT = 4;

export class FeatureTable {
  /** Scores of each entry, `width` per entry, in insertion order. */
  readonly rows: Float64Array;
  /** Per slot, side by side (one cache line holds four slots): the key's two words and the entry's index, -1 where empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private size = 0;

  constructor(capacity: number, readonly width: number) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2; // at most half full: short probes
    this.mask = slots * SLOT - 1;
    this.slots = new Int32Array(slots * SLOT);
    for (let s = 0; s < slots; s++) this.slots[s * SLOT + 2] = -1;
    this.rows = new Float64Array(capacity * width);
  }

  /** Stores `row` under template `k` and part ids a, b, c (-1: no part). */
  set(k: number, a: number, b: number, c: number, row: ArrayLike<number>): void {
    if (a >= PART_LIMIT || b >= PART_LIMIT || c >= THIRD_LIMIT) throw new Error(`feature table: part id out of range (${a}, ${b}, ${c})`);
    const hi = k * PART_LIMIT + a + 1, lo = (b + 1) * (THIRD_LIMIT + 1) + c + 1;
    const slots = this.slots;
    let s = this.slot(hi, lo);
    while (slots[s + 2]! >= 0 && (slots[s] !== hi || slots[s + 1] !== lo)) s = (s + SLOT) & this.mask;
    let entry = slots[s + 2]!;
    if (entry < 0) {
      if (this.size * this.width >= this.rows.length) throw new Error('feature table: more entries than its capacity');
      entry = this.size++;
      slots[s] = hi;
      slots[s + 1] = lo;
      slots[s + 2] = entry;
    }
    for (let t = 0; t < this.width; t++) this.rows[entry * this.width + t] = row[t]!;
  }

  /** Adds the row of template `k` over parts a, b, c (-1: no part), if stored, to `into` at `at`. */
  addTo(k: number, a: number, b: number, c: number, into: Float64Array, at: number): void {
    const hi = k * PART_LIMIT + a + 1, lo = (b + 1) * (THIRD_LIMIT + 1) + c + 1;
    const slots = this.slots;
    for (let s = this.slot(hi, lo); ; s = (s + SLOT) & this.mask) {
      const entry = slots[s + 2]!;
      if (entry < 0) return;
      if (slots[s] === hi && slots[s + 1] === lo) {
        const from = entry * this.width;
        for (let t = 0; t < this.width; t++) into[at + t]! += this.rows[from + t]!;
        return;
      }
    }
  }

  /** The first slot to probe, as an index into `slots`. */
  private slot(hi: number, lo: number): number {
    let h = Math.imul(hi ^ Math.imul(lo, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    return (h * SLOT) & this.mask;
  }
}
