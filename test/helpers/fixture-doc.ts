/**
 * Turns a test/fixtures/trail article into a Doc: the layout layers from the real pipeline,
 * and entities, claims, figures, dates and framing from the fixture's annotations, each span
 * located in the text (so every offset is checked against the text it claims to cover).
 */
import { analyze } from '../../src/analyze.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';
import type { Claim, DateMention, Doc, Entity, Framing, Quantity, Span } from '../../src/model/doc.js';
import type { FixtureArticle } from '../fixtures/trail/articles.js';

/** Finds `spec` in `text`; '[x] after' locates x inside the unique context 'x after'. */
export function locate(text: string, spec: string): Span {
  const open = spec.indexOf('[');
  const close = spec.indexOf(']');
  const context = open >= 0 ? spec.slice(0, open) + spec.slice(open + 1, close) + spec.slice(close + 1) : spec;
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`fixture surface not found: '${spec}'`);
  if (text.indexOf(context, at + 1) >= 0 && open < 0) throw new Error(`fixture surface not unique: '${spec}'`);
  const start = at + (open >= 0 ? open : 0);
  const end = open >= 0 ? start + (close - open - 1) : at + context.length;
  return { start, end };
}

export function fixtureRawArticle(a: FixtureArticle): RawArticle {
  return { input: `${a.slug}.html`, text: a.text, url: a.url, title: a.title, published: a.published, outlet: a.outlet };
}

export function fixtureDoc(a: FixtureArticle): Doc {
  const base = analyze(a.text, { published: a.published });
  const span = (spec: string): Span => locate(a.text, spec);
  const entities: Entity[] = a.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    mentions: e.mentions.map((m) => ({ ...span(m), kind: 'name' as const, rule: 'fixture/mention' })),
    aliases: [],
    ...(e.role ? { role: e.role } : {}),
  }));
  const claims: Claim[] = a.claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    evidence: c.kind === 'according-to' ? 'according-to' : c.anonymous ? 'anonymous' : 'indirect',
    cue: span(c.cue),
    source: c.source ? { ...span(c.source), ...(c.entity ? { entity: c.entity } : {}), ...(c.anonymous ? { anonymous: true } : {}) } : null,
    content: [span(c.content)],
    unsourced: c.source === null,
    status: c.status ?? [],
    rule: 'fixture/claim',
  }));
  const dates: DateMention[] = a.figures.flatMap((f, i) =>
    f.time ? [{ id: `d${i + 1}`, ...span(f.time.surface), date: f.time.date, precision: 'day' as const, implied: ['year'], rule: 'fixture/date' }] : [],
  );
  const quantities: Quantity[] = a.figures.map((f) => ({
    id: f.id,
    ...span(f.surface),
    value: f.value,
    lower: f.lower,
    upper: f.upper,
    lowerInclusive: f.lowerInclusive ?? true,
    upperInclusive: f.upperInclusive ?? true,
    bound: f.bound,
    approximate: f.approximate ?? false,
    change: 'level',
    categories: f.categories,
    subject: span(f.subject),
    ...(f.place ? { place: span(f.place) } : {}),
    ...(f.time ? { time: span(f.time.surface) } : {}),
    status: f.status ?? [],
    claim: f.claim,
    rule: 'fixture/figure',
  }));
  const framing: Framing[] = (a.framing ?? []).map((f) => ({ ...span(f.surface), term: a.text.slice(span(f.surface).start, span(f.surface).end), neutral: f.neutral, reason: 'fixture', rule: 'fixture/framing' }));
  const bySpan = (x: Span, y: Span): number => x.start - y.start;
  return { ...base, entities, claims, dates: dates.sort(bySpan), quantities: quantities.sort(bySpan), framing };
}
