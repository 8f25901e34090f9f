import type { Doc, Framing } from '../model/doc.js';

export function flagFraming(_doc: Doc): Framing[] {
  return [];
}
