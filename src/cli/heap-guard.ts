/**
 * V8 collects garbage lazily below its default heap limit (about 4 GB here), so a long ingest's
 * memory drifts up with the corpus size although nothing stays referenced. Between batches, a
 * full collection runs once the heap has grown past a ceiling: memory stays flat (`npm run bench
 * -- memory`) without a heap cap, which would crash on the largest articles we accept.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

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
