import type { Context, DateMention, Doc } from '../model/doc.js';

/** Date expressions resolved against the publication date. (Being built: see issue 4.) */
export function resolveDates(_doc: Doc, _context: Context): DateMention[] {
  return [];
}
