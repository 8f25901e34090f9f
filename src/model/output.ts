import type { Doc } from './doc.js';

/** The JSON contract: the doc without its token layer (an implementation detail, and large). */
export type AnalysisOutput = Omit<Doc, 'tokens'>;

export function toOutput(doc: Doc): AnalysisOutput {
  const { tokens: _tokens, ...rest } = doc;
  return rest;
}
