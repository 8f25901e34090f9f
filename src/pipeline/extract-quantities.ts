import type { Doc, Quantity } from '../model/doc.js';

/** Figures with bounds, categories, subject, place and time. (Being built: see issue 4.) */
export function extractQuantities(_doc: Doc): Quantity[] {
  return [];
}
