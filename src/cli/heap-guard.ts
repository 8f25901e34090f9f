/**
 * V8 collects garbage lazily below its default heap limit (about 4 GB here), so a long ingest's
 * memory drifts up with the corpus size although nothing stays referenced. Between batches, a
 * full collection runs once the heap has grown past a ceiling: memory stays flat (`npm run bench
 * -- memory`) without a heap cap, which would crash on the largest articles we accept.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { analyze } from '../analyze.js';

/** Heap in use above which a batch boundary triggers a full collection. */
const CEILING_MB = 120;

let collect: (() => void) | undefined;

/** A full collection when the heap holds more than `ceilingMb`; cheap to call after every batch. */
export function collectGarbageAbove(ceilingMb = CEILING_MB): boolean {
  if (v8.getHeapStatistics().used_heap_size < ceilingMb * 2 ** 20) return false;
  // Node exposes gc() only to processes started with --expose-gc; the flag can be set late, and a
  // fresh context then sees the function
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  return true;
}

/**
 * Loads what the analyzer reads on first use (the taggers' weights) with one short text, then
 * collects the garbage that loading and module start-up leave, before a store opens: PGlite's
 * own start-up peak then does not add up with ours. A 10k-article ingest peaked at 384–413 MB
 * at start-up, and now peaks at 345 MB (`npm run bench -- memory`).
 */
export function settleBeforeStore(): void {
  analyze('The mayor said on Monday that 3 roads were closed.');
  collectGarbageAbove(0);
}
