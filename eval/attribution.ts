/**
 * `npm run eval -- attribution DIR [--limit N] [--dump FILE]`: scores claim attribution on a
 * PolNeAR-style split (DIR/text/*.txt + DIR/attributions/*_<annotator>.ann). The first annotator
 * file (by name) of a multi-annotated article is used. Claims without a cue (pull quotes, quoted
 * fragments) are not attributions in PolNeAR's sense and are not scored. Prints per role exact,
 * loose and token-overlap scores, relation scores (all, then those naming a source and those that
 * do not, counted apart as FORMAT.md asks), and the roles as the published citron scorer counts them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import type { Claim } from '../src/model/doc.js';
import { firstAnnotatorFiles, parseBrat, type GoldRelation } from './attribution/brat.js';
import { countPaired, countRelations, countRelationsBySource, countRole, emptyCounts, prf, ROLES, type Counts, type ScoredDoc } from './attribution/score.js';

/** The scored view of our claims: cue, source and content as fragment lists. */
export function claimsAsRelations(claims: readonly Claim[]): GoldRelation[] {
  return claims
    .filter((c) => c.cue)
    .map((c) => ({
      id: c.id,
      cue: c.cue ? [{ start: c.cue.start, end: c.cue.end }] : null,
      source: c.source ? [{ start: c.source.start, end: c.source.end }] : null,
      content: c.content.length ? c.content.map((s) => ({ start: s.start, end: s.end })) : null,
    }));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export async function run(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: npm run eval -- attribution DIR [--limit N] [--dump FILE]');
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const dumpAt = args.indexOf('--dump');
  const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  let annNames: string[];
  try {
    annNames = readdirSync(join(dir, 'attributions'));
  } catch {
    throw new Error(`cannot read ${join(dir, 'attributions')}: expected DIR to hold text/ and attributions/`);
  }
  const files = [...firstAnnotatorFiles(annNames)].slice(0, limit);
  const counts: Record<string, Counts> = {};
  const bySource: Record<string, Counts> = {};
  const paired: Record<string, Counts> = {};
  const dumped: unknown[] = [];
  let ms = 0;
  for (const [article, annName] of files) {
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    const gold = parseBrat(readFileSync(join(dir, 'attributions', annName), 'utf8'), annName).filter((r) => r.cue || r.content);
    const t0 = performance.now();
    const doc = analyze(text);
    ms += performance.now() - t0;
    const scored: ScoredDoc = { text, gold, predicted: claimsAsRelations(doc.claims) };
    for (const role of ROLES) {
      for (const mode of ['exact', 'loose', 'overlap'] as const) countRole(scored, role, mode, (counts[`${role} ${mode}`] ??= emptyCounts()));
    }
    countRelations(scored, (counts.relation ??= emptyCounts()));
    countRelationsBySource(scored, (bySource['relation with-source'] ??= emptyCounts()), (bySource['relation no-source'] ??= emptyCounts()));
    for (const role of ROLES) countPaired(scored, role, (paired[`${role} paired`] ??= emptyCounts()));
    if (dump) {
      const show = (r: GoldRelation) => ({
        cue: r.cue?.map((f) => text.slice(f.start, f.end)).join(' … '),
        source: r.source?.map((f) => text.slice(f.start, f.end)).join(' … '),
        content: r.content?.map((f) => text.slice(f.start, f.end)).join(' … '),
        at: r.cue?.[0]?.start ?? r.content?.[0]?.start,
      });
      dumped.push({ article, gold: gold.map(show), predicted: scored.predicted.map(show) });
    }
  }
  if (dump) writeFileSync(dump, JSON.stringify(dumped, null, 1));
  console.log(`attribution on ${dir}: ${files.length} articles, analyze ${ms.toFixed(0)} ms`);
  const print = (table: Record<string, Counts>) => {
    for (const [name, c] of Object.entries(table)) {
      const [role, mode = ''] = name.split(' ');
      const s = prf(c);
      console.log(`${role!.padEnd(9)} ${mode.padEnd(11)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${c.tp} / ${c.predicted}, ${c.found} / ${c.gold})`);
    }
  };
  console.log('role      mode           P     R    F1   (matched predicted / predicted, found / gold)');
  print(counts);
  print(bySource);
  console.log('as published systems are scored (citron: paired with every gold relation whose cue overlaps, then exact spans; not one-to-one):');
  print(paired);
}
