import type { Claim, Doc } from '../model/doc.js';

/** Claims with their cue, source and content. (Being built: see issue 3.) */
export function attributeClaims(_doc: Doc): Claim[] {
  return [];
}
