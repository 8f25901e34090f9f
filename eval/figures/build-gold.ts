/**
 * Turns an annotator's notes into the gold file. The notes stay outside the repository (they
 * quote article text); the gold file keeps only file names, offsets and expected values.
 * Notes: one `<article>.ann` per article, one line per figure, keyed by the candidate index
 * printed by candidates.ts (or `@start-end`):  `<index> <figure> [+k] [c=a,b] [s="..."] [p="..."] [t="..."]`
 * where <figure> is =N (exact), >N, >=N, <N, <=N, ~N (about), ~<N (nearly), rA-B (range),
 * vA-B (vague word); +k extends the span through candidate index+k; s/p/t quote the subject,
 * place and time phrases, located nearest the figure.
 * usage: npx tsx eval/figures/build-gold.ts NOTES_DIR TEXT_DIR > eval/gold/figures.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidates } from './candidates.js';
import type { GoldFigure } from './gold.js';

function nearest(text: string, phrase: string, at: number): { start: number; end: number } {
  let best = -1;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  if (best < 0 || Math.abs(best - at) > 600) throw new Error(`phrase not found near ${at}: ${phrase}`);
  return { start: best, end: best + phrase.length };
}

function figure(spec: string): Pick<GoldFigure, 'value' | 'lower' | 'upper' | 'lowerInclusive' | 'upperInclusive' | 'bound' | 'approximate'> {
  const m = /^(=|>=|>|<=|<|~<|~|r|v)([\d.]+)(?:-([\d.]+|inf))?$/u.exec(spec);
  if (!m) throw new Error(`bad figure: ${spec}`);
  const n = Number(m[2]);
  const hi = m[3] === 'inf' ? null : Number(m[3]);
  switch (m[1]) {
    case '=': return { value: n, lower: n, upper: n, lowerInclusive: true, upperInclusive: true, bound: 'exact', approximate: false };
    case '>': return { value: n, lower: n, upper: null, lowerInclusive: false, upperInclusive: false, bound: 'more_than', approximate: false };
    case '>=': return { value: n, lower: n, upper: null, lowerInclusive: true, upperInclusive: false, bound: 'at_least', approximate: false };
    case '<': return { value: n, lower: null, upper: n, lowerInclusive: false, upperInclusive: false, bound: 'less_than', approximate: false };
    case '<=': return { value: n, lower: null, upper: n, lowerInclusive: false, upperInclusive: true, bound: 'at_most', approximate: false };
    case '~<': return { value: n, lower: null, upper: n, lowerInclusive: false, upperInclusive: false, bound: 'approx', approximate: true };
    case '~': return { value: n, lower: null, upper: null, lowerInclusive: false, upperInclusive: false, bound: 'approx', approximate: true };
    case 'r': return { value: null, lower: n, upper: hi, lowerInclusive: true, upperInclusive: true, bound: 'range', approximate: false };
    default: return { value: null, lower: n, upper: hi, lowerInclusive: true, upperInclusive: hi !== null, bound: 'vague', approximate: true };
  }
}

const [notesDir, textDir] = process.argv.slice(2);
for (const name of readdirSync(notesDir!).filter((f) => f.endsWith('.ann')).sort()) {
  const article = name.replace(/\.ann$/u, '');
  const text = readFileSync(join(textDir!, `${article}.txt`), 'utf8');
  const cands = candidates(text);
  for (const line of readFileSync(join(notesDir!, name), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [index, spec] = line.split(/\s+/u);
    // "@start-end": a figure the candidate list misses ("just over a quarter"), by offsets.
    const explicit = /^@(\d+)-(\d+)$/u.exec(index!);
    const first = explicit ? { start: Number(explicit[1]), end: Number(explicit[2]) } : cands[Number(index)];
    if (!first) throw new Error(`${article}: no candidate ${index}`);
    const extend = /\s\+(\d+)/u.exec(line);
    const last = extend && !explicit ? cands[Number(index) + Number(extend[1])]! : first;
    const quoted = (key: string) => new RegExp(`\\s${key}="([^"]+)"`, 'u').exec(line)?.[1];
    const categories = /\sc=([\w,]+)/u.exec(line)?.[1]?.split(',').sort() ?? [];
    const row: GoldFigure = {
      file: article, start: first.start, end: last.end, ...figure(spec!), categories,
      ...(quoted('s') ? { subject: nearest(text, quoted('s')!, first.start) } : {}),
      ...(quoted('p') ? { place: nearest(text, quoted('p')!, first.start) } : {}),
      ...(quoted('t') ? { time: nearest(text, quoted('t')!, first.start) } : {}),
    };
    console.log(JSON.stringify(row));
  }
}
