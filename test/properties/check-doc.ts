/**
 * Invariants every analysed doc must satisfy, whatever the input: used by the property tests and
 * the hostile-input tests. `hard` problems break the output contract (a span outside `text`, a
 * dangling id); `soft` ones break conventions of the style note (unsorted layer, empty span) and
 * are reported, not failed, while the stages are being written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Doc, Span } from '../../src/model/doc.js';

export interface Problems {
  readonly hard: string[];
  readonly soft: string[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

export function checkDoc(doc: Doc, text: string): Problems {
  const hard: string[] = [];
  const soft: string[] = [];
  if (doc.text !== text) hard.push('doc.text differs from the input');

  const span = (where: string, s: Span | null | undefined): void => {
    if (s === null || s === undefined) return;
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
    if (!ok) hard.push(`${where}: span [${s.start}, ${s.end}) outside text of length ${text.length}`);
    else if (s.start === s.end) soft.push(`${where}: empty span at ${s.start}`);
  };
  const surface = (where: string, s: Span, expected: string): void => {
    span(where, s);
    if (text.slice(s.start, s.end) !== expected) hard.push(`${where}: slice ${JSON.stringify(text.slice(s.start, s.end))} is not the reported ${JSON.stringify(expected)}`);
  };
  const sorted = (name: string, layer: readonly Span[]): void => {
    for (let i = 1; i < layer.length; i++) {
      if (layer[i]!.start < layer[i - 1]!.start) {
        soft.push(`${name}: not sorted by start at index ${i}`);
        return;
      }
    }
  };
  const unique = (name: string, ids: readonly string[]): void => {
    if (new Set(ids).size !== ids.length) hard.push(`${name}: duplicate ids`);
  };

  for (const [name, layer] of [
    ['blocks', doc.blocks],
    ['debris', doc.debris],
    ['headings', doc.headings],
    ['sentences', doc.sentences],
    ['statusMarkers', doc.statusMarkers],
    ['dates', doc.dates],
    ['quantities', doc.quantities],
    ['framing', doc.framing],
  ] as const) {
    layer.forEach((s, i) => span(`${name}[${i}]`, s));
    sorted(name, layer);
  }
  for (const [name, layer] of [['debris', doc.debris], ['headings', doc.headings], ['sentences', doc.sentences], ['dates', doc.dates], ['quantities', doc.quantities], ['claims', doc.claims], ['entities', doc.entities]] as const) {
    unique(name, layer.map((x) => x.id));
  }
  doc.tokens.forEach((t, i) => surface(`tokens[${i}]`, t, t.text));
  doc.messages.forEach((m, i) => span(`messages[${i}].span`, m.span));

  const entityIds = new Set(doc.entities.map((e) => e.id));
  for (const entity of doc.entities) {
    entity.mentions.forEach((m, i) => span(`entity ${entity.id}.mentions[${i}]`, m));
    const written = entity.mentions.some((m) => text.slice(m.start, m.end) === entity.name);
    if (!written) soft.push(`entity ${entity.id}: name ${JSON.stringify(entity.name)} is not the surface of any mention`);
  }
  const claimIds = new Set(doc.claims.map((c) => c.id));
  for (const claim of doc.claims) {
    span(`claim ${claim.id}.cue`, claim.cue);
    span(`claim ${claim.id}.source`, claim.source);
    claim.content.forEach((c, i) => span(`claim ${claim.id}.content[${i}]`, c));
    claim.chain?.forEach((link, i) => {
      span(`claim ${claim.id}.chain[${i}]`, link);
      span(`claim ${claim.id}.chain[${i}].cue`, link.cue);
    });
    if (claim.source?.entity !== undefined && !entityIds.has(claim.source.entity)) hard.push(`claim ${claim.id}: source entity ${claim.source.entity} does not exist`);
    if (claim.repeats !== undefined && !claimIds.has(claim.repeats)) hard.push(`claim ${claim.id}: repeats unknown claim ${claim.repeats}`);
    if (claim.unsourced && claim.source !== null) soft.push(`claim ${claim.id}: unsourced but has a source`);
  }
  const quantityIds = new Set(doc.quantities.map((q) => q.id));
  for (const q of doc.quantities) {
    for (const part of ['cue', 'subject', 'place', 'time'] as const) span(`quantity ${q.id}.${part}`, q[part]);
    if (q.claim !== undefined && !claimIds.has(q.claim)) hard.push(`quantity ${q.id}: claim ${q.claim} does not exist`);
    if (q.repeats !== undefined && !quantityIds.has(q.repeats)) hard.push(`quantity ${q.id}: repeats unknown quantity ${q.repeats}`);
    if (q.lower !== null && q.upper !== null && q.lower > q.upper) hard.push(`quantity ${q.id}: lower ${q.lower} > upper ${q.upper}`);
    for (const v of [q.value, q.lower, q.upper]) if (v !== null && Number.isNaN(v)) hard.push(`quantity ${q.id}: NaN value`);
  }
  for (const d of doc.dates) {
    if (!DATE.test(d.date)) hard.push(`date ${d.id}: ${JSON.stringify(d.date)} is not YYYY[-MM[-DD]]`);
    if (d.end_date !== undefined && !DATE.test(d.end_date)) hard.push(`date ${d.id}: end_date ${JSON.stringify(d.end_date)} is not YYYY[-MM[-DD]]`);
  }
  for (const f of doc.framing) {
    if (!f.neutral || !f.reason) hard.push(`framing at ${f.start}: missing neutral term or reason`);
  }
  // The contract is plain JSON: a non-finite number would silently become null (1e400 -> Infinity).
  const nonFinite = findNonFinite(doc, 'doc');
  if (nonFinite) hard.push(`${nonFinite}: not a finite number, JSON would turn it into null`);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(doc)), doc)) soft.push('doc is not plain JSON (undefined field, class instance, ...)');
  return { hard, soft };
}

function findNonFinite(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    // The token layer is large and holds no numbers besides offsets, checked above.
    if (path === 'doc' && (key === 'tokens' || key === 'text')) continue;
    const found = findNonFinite(child, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
