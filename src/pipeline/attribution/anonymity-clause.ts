import type { Proposal } from './view.js';

/**
 * "who asked not to be named", "who spoke on condition of anonymity": the clause says why a
 * source is unnamed (and marks it anonymous); it reports nothing, so it is no claim of its own.
 */
const ANONYMITY = /^(?:not\s+to\s+be\s+(?:named|identified|quoted)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+used)\b/iu;

export function isAnonymityClause(text: string, proposal: Proposal): boolean {
  const first = proposal.content[0];
  return !!first && ANONYMITY.test(text.slice(first.start, Math.min(first.end, first.start + 80)));
}
