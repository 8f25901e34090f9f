import { readFileSync } from 'node:fs';

/**
 * A committed weights file as a Map, read when first needed. Read rather than imported: an
 * imported JSON module stays in memory as an object beside the Map built from it (about 9 MB
 * more for the two taggers, measured with the heap after a full collection).
 */
export function readWeights(file: URL): Map<string, number[]> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>));
}
