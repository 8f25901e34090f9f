import type { Doc, StatusMarker } from '../model/doc.js';

/** Hedges and evidential markers. (Being built: see issue 4.) */
export function markStatus(_doc: Doc): StatusMarker[] {
  return [];
}
