/**
 * Only the outermost attribution stands as a claim: one whose cue lies inside another claim's
 * content ("X said that Y told him ...") becomes a link in that claim's chain of sources.
 */
import type { Span, SourceLink } from '../../model/doc.js';
import type { Proposal } from './view.js';

export interface Nested extends Proposal {
  readonly chain?: readonly SourceLink[];
}

const inside = (s: Span, outer: readonly Span[]) => outer.some((o) => o.start <= s.start && s.end <= o.end);

function link(p: Proposal): SourceLink | null {
  if (!p.source) return null;
  return { start: p.source.start, end: p.source.end, ...(p.cue ? { cue: p.cue } : {}) };
}

export function nestClaims(proposals: readonly Proposal[]): Nested[] {
  const outer = proposals.map((p) => proposals.find((o) => o !== p && p.cue && inside(p.cue, o.content) && !(o.cue && p.cue && o.cue.start === p.cue.start)));
  const out: Nested[] = [];
  proposals.forEach((p, i) => {
    if (outer[i]) return;
    const inner = proposals.filter((_, j) => outer[j] === p).map(link).filter((l): l is SourceLink => l !== null);
    const head = link(p);
    out.push(inner.length && head ? { ...p, chain: [head, ...inner] } : p);
  });
  return out;
}
