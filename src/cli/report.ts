import type { Claim, Doc, Quantity } from '../model/doc.js';

const MAX_QUOTE = 160;

/** The human-readable view of one analysed article: claims grouped by source, figures, flags. */
export function formatReport(input: string, doc: Doc): string {
  const at = (s: { start: number; end: number } | null | undefined) => (s ? doc.text.slice(s.start, s.end) : '');
  const clip = (s: string) => {
    const flat = s.replace(/\s+/gu, ' ').trim();
    return flat.length > MAX_QUOTE ? flat.slice(0, MAX_QUOTE - 1) + '…' : flat;
  };
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]));
  const sourceName = (c: Claim) =>
    c.source ? (c.source.entity ? entityName.get(c.source.entity)! : clip(at(c.source.antecedent ?? c.source))) + (c.source.anonymous ? ' (anonymous)' : '') : '(unsourced)';
  const lines: string[] = [`== ${input}`];
  const readFrom = doc.messages.find((m) => m.rule === 'dates/publication-from-dateline');
  if (doc.published) lines.push(`published ${doc.published}${readFrom?.span ? ` (read from "${at(readFrom.span)}")` : ''}`);
  else lines.push('published: unknown, so relative dates ("on Tuesday") are left unresolved; give --published YYYY-MM-DD');

  const bySource = new Map<string, Claim[]>();
  for (const claim of doc.claims) bySource.set(sourceName(claim), [...(bySource.get(sourceName(claim)) ?? []), claim]);
  lines.push('', `Claims (${doc.claims.length}) by source:`);
  for (const [source, claims] of bySource) {
    lines.push(`  ${source}`);
    for (const c of claims) {
      const status = c.status.length ? ` [${c.status.join(', ')}]` : '';
      // a cue may hold its own colon ("said:"), which the report's colon repeats
      const cue = c.cue ? ` ${clip(at(c.cue)).replace(/\s*:$/u, '')}:` : '';
      const via = c.chain && c.chain.length > 1 ? ` (on the word of ${c.chain.slice(1).map((l) => (l.entity ? entityName.get(l.entity)! : clip(at(l)))).join(' ← ')})` : '';
      lines.push(`    - ${c.evidence}${cue} ${clip(c.content.map(at).join(' … '))}${status}${via}`);
    }
  }

  lines.push('', `Figures (${doc.quantities.length}):`);
  for (const q of doc.quantities) lines.push(`  - ${describeQuantity(q, at)}`);

  if (doc.dates.length) {
    lines.push('', 'Dates:');
    for (const d of doc.dates) lines.push(`  - "${at(d)}" = ${d.date}`);
  }
  if (doc.framing.length) {
    lines.push('', 'Loaded terms:');
    for (const f of doc.framing) lines.push(`  - "${at(f)}" (neutral: ${f.neutral}): ${f.reason}`);
  }
  if (doc.debris.length) lines.push('', `Debris skipped: ${doc.debris.map((d) => JSON.stringify(clip(at(d)))).join(', ')}`);
  return lines.join('\n');
}

function describeQuantity(q: Quantity, at: (s: { start: number; end: number } | undefined) => string): string {
  // a change reads as a signed number ("two more bodies": = +2, "fell 12 percent": = −12 percent)
  const sign = q.change === 'increase' ? '+' : q.change === 'decrease' ? '−' : '';
  const interval = describeInterval(q);
  const parts = [`"${at(q)}" ${sign && q.bound === 'exact' ? interval.replace('= ', `= ${sign}`) : interval}`];
  if (sign && q.bound !== 'exact') parts.push(q.change === 'increase' ? 'rise' : 'fall');
  if (q.unit) parts.push(q.unit);
  if (q.categories.length) parts.push(q.categories.join('+'));
  if (q.subject) parts.push(`of ${at(q.subject)}`);
  if (q.place) parts.push(withPreposition(at(q.place), 'in'));
  if (q.time) parts.push(withPreposition(at(q.time), 'at'));
  if (q.source) parts.push(`(${at(q.source)}'s figure)`);
  if (q.status.length) parts.push(`[${q.status.join(', ')}]`);
  return parts.join(' ');
}

/** A place or time as written when it brings its own preposition or needs none ("on Friday", "in the region", "now"), else after `fallback`. */
const withPreposition = (phrase: string, fallback: string): string => (/^(?:in|on|at|by|near|from|since|during|over|until|before|after|between|across|inside|outside|around|within|throughout|last|past|this|next|so far|earlier|later|now|today|tonight|yesterday|currently)\b/iu.test(phrase) ? phrase : `${fallback} ${phrase}`);

/** "= 47", "≈ 2000", "> 3000", "≥ 41", "≈ 1500 (at most 1500)", "[200, 250]", "dozens [24, 99]". */
function describeInterval(q: Quantity): string {
  const { lower, upper } = q;
  if (q.bound === 'exact') return `= ${q.value}`;
  const interval =
    lower !== null && upper !== null
      ? `${q.lowerInclusive ? '[' : '('}${lower}, ${upper}${q.upperInclusive ? ']' : ')'}`
      : lower !== null
        ? `${q.lowerInclusive ? '≥' : '>'} ${lower}`
        : upper !== null
          ? `${q.upperInclusive ? '≤' : '<'} ${upper}`
          : '';
  if (q.bound === 'approx' || (q.approximate && q.value !== null)) return `≈ ${q.value}${interval ? ` (${interval})` : ''}`;
  return q.vague ? `${q.vague} ${interval}` : interval;
}
