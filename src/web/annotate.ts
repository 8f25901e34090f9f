/**
 * Cuts an article's text into runs that share the same annotations, so the page can wrap each
 * run in one element: sources, cues, contents, figures, loaded terms, headings and debris. Pure;
 * the page escapes every run's text.
 */
import type { AnalysisOutput } from '../model/output.js';
import type { Span } from '../model/doc.js';

export type Mark = 'source' | 'cue' | 'content' | 'figure' | 'loaded' | 'heading' | 'debris' | 'mention';

export interface Run extends Span {
  readonly text: string;
  readonly marks: readonly Mark[];
  /** Doc id of the innermost claim the run belongs to (its card opens on click). */
  readonly claim?: string;
  readonly figure?: string;
  readonly entity?: string;
  /** For loaded terms: the neutral alternative. */
  readonly note?: string;
}

interface Layer extends Span {
  readonly mark: Mark;
  readonly claim?: string;
  readonly figure?: string;
  readonly entity?: string;
  readonly note?: string;
}

export function layersOf(doc: AnalysisOutput): Layer[] {
  const layers: Layer[] = [];
  for (const d of doc.debris) layers.push({ start: d.start, end: d.end, mark: 'debris' });
  for (const h of doc.headings) layers.push({ start: h.start, end: h.end, mark: 'heading' });
  for (const e of doc.entities) for (const m of e.mentions) layers.push({ start: m.start, end: m.end, mark: 'mention', entity: e.id });
  for (const c of doc.claims) {
    if (c.source) layers.push({ start: c.source.start, end: c.source.end, mark: 'source', claim: c.id });
    if (c.cue) layers.push({ start: c.cue.start, end: c.cue.end, mark: 'cue', claim: c.id });
    for (const s of c.content) layers.push({ start: s.start, end: s.end, mark: 'content', claim: c.id });
  }
  for (const q of doc.quantities) layers.push({ start: q.start, end: q.end, mark: 'figure', figure: q.id, ...(q.claim ? { claim: q.claim } : {}) });
  for (const f of doc.framing) layers.push({ start: f.start, end: f.end, mark: 'loaded', note: `loaded term; neutral: ${f.neutral}` });
  // Spans outside the text (a corrupt stored doc) are dropped rather than trusted.
  return layers.filter((l) => l.start >= 0 && l.end <= doc.text.length && l.start < l.end);
}

/**
 * Runs covering the whole text in order; adjacent runs differ in their marks.
 * @example annotate(doc).map((r) => r.text).join('') === doc.text
 */
export function annotate(doc: AnalysisOutput): Run[] {
  const layers = layersOf(doc);
  const cuts = [...new Set([0, doc.text.length, ...layers.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  // Sorted by start so a sweep keeps only the layers open at each cut.
  const byStart = [...layers].sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Run[] = [];
  let open: Layer[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    open = open.filter((l) => l.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) open.push(byStart[next]!);
      next++;
    }
    // The narrowest layer wins the ids: a figure inside a claim's content opens the figure.
    const inner = [...open].sort((a, b) => a.end - a.start - (b.end - b.start));
    const pick = <K extends 'claim' | 'figure' | 'entity' | 'note'>(key: K) => inner.find((l) => l[key] !== undefined)?.[key];
    const claim = pick('claim');
    const figure = pick('figure');
    const entity = pick('entity');
    const note = pick('note');
    runs.push({
      start,
      end,
      text: doc.text.slice(start, end),
      marks: [...new Set(open.map((l) => l.mark))].sort(),
      ...(claim ? { claim } : {}),
      ...(figure ? { figure } : {}),
      ...(entity ? { entity } : {}),
      ...(note ? { note } : {}),
    });
  }
  return runs;
}
