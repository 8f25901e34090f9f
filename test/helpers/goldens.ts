import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { Doc, Span } from '../../src/model/doc.js';

export const GOLDEN_DIR = new URL('../fixtures/articles/', import.meta.url).pathname;

export interface Golden {
  readonly slug: string;
  readonly input: string;
  readonly published: string;
  readonly expectedPath: string;
}

export function listGoldens(): Golden[] {
  return readdirSync(GOLDEN_DIR)
    .filter((slug) => existsSync(join(GOLDEN_DIR, slug, 'input.txt')))
    .sort()
    .map((slug) => ({
      slug,
      input: readFileSync(join(GOLDEN_DIR, slug, 'input.txt'), 'utf8'),
      published: (JSON.parse(readFileSync(join(GOLDEN_DIR, slug, 'meta.json'), 'utf8')) as { published: string }).published,
      expectedPath: join(GOLDEN_DIR, slug, 'expected.json'),
    }));
}

/**
 * The reviewable view of an analysis: each annotation as the text it covers plus its key fields,
 * so a diff of expected.json reads as "the source of claim 3 changed from X to Y".
 */
export function goldenView(doc: Doc): unknown {
  const at = (s: Span | null | undefined) => (s ? doc.text.slice(s.start, s.end) : null);
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]));
  return {
    debris: doc.debris.map(at),
    headings: doc.headings.map(at),
    entities: doc.entities.map((e) => ({ type: e.type, name: e.name, role: e.role ?? null, mentions: e.mentions.map(at) })),
    claims: doc.claims.map((c) => ({
      evidence: c.evidence,
      cue: at(c.cue),
      source: at(c.source),
      entity: c.source?.entity ? entityName.get(c.source.entity) : null,
      content: c.content.map(at),
      status: c.status,
    })),
    quantities: doc.quantities.map((q) => ({
      surface: at(q),
      value: q.value,
      lower: q.lower,
      upper: q.upper,
      bound: q.bound,
      approximate: q.approximate,
      change: q.change,
      categories: q.categories,
      subject: at(q.subject),
      place: at(q.place),
      time: at(q.time),
      status: q.status,
    })),
    dates: doc.dates.map((d) => ({ surface: at(d), date: d.date })),
    framing: doc.framing.map((f) => ({ term: f.term, neutral: f.neutral })),
  };
}

export function analyzeGolden(golden: Golden): unknown {
  return goldenView(analyze(golden.input, { published: golden.published }));
}
