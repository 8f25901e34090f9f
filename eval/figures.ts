/**
 * `npm run eval -- figures GOLD.jsonl [--text DIR] [--errors]`: scores quantities on the
 * hand-annotated figures gold set (offsets into PolNeAR train texts, read at run time from
 * ../shared/data/polnear/train/text by default). Every figure of each listed article is in the
 * gold, so predictions in those articles that match nothing count as false positives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import type { GoldFigure } from './figures/gold.js';
import { ASPECTS, prf, scoreArticle, type Aspect, type Counts } from './figures/score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export async function run(args: string[]): Promise<void> {
  const goldPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--text');
  if (!goldPath) throw new Error('usage: npm run eval -- figures GOLD.jsonl [--text DIR] [--errors]');
  const textAt = args.indexOf('--text');
  const textDir = textAt >= 0 ? args[textAt + 1]! : '../shared/data/polnear/train/text';
  const showErrors = args.includes('--errors');
  const byFile = new Map<string, GoldFigure[]>();
  readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).forEach((line, i) => {
    let row: GoldFigure;
    try {
      row = JSON.parse(line) as GoldFigure;
    } catch {
      throw new Error(`${goldPath}:${i + 1}: not a JSON object`);
    }
    byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  });
  const counts = Object.fromEntries(ASPECTS.map((a) => [a, { tp: 0, fp: 0, fn: 0 }])) as Record<Aspect, Counts>;
  for (const [file, gold] of byFile) {
    const text = readFileSync(join(textDir, `${file}.txt`), 'utf8');
    const published = /_(\d{4}-\d\d-\d\d)_/u.exec(file)?.[1];
    const doc = analyze(text, published ? { published } : {});
    const { pairs } = scoreArticle(gold, doc.quantities, counts);
    if (!showErrors) continue;
    const at = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : '-');
    for (const [g, p] of pairs) {
      const gv = g ? `${g.bound} ${g.value ?? `${g.lower}-${g.upper}`} c=${g.categories.join(',')} s=${at(g.subject)} p=${at(g.place)} t=${at(g.time)}` : 'none';
      const pv = p ? `${p.bound}${p.approximate ? '~' : ''} ${p.value ?? `${p.lower}-${p.upper}`} c=${p.categories.join(',')} s=${at(p.subject)} p=${at(p.place)} t=${at(p.time)} [${p.rule}]` : 'none';
      const span = g ?? p!;
      console.log(`${file.slice(0, 28)} ${JSON.stringify(text.slice(span.start, span.end))}\n   gold ${gv}\n   pred ${pv}`);
    }
  }
  const total = [...byFile.values()].reduce((n, g) => n + g.length, 0);
  console.log(`figures: ${total} gold mentions in ${byFile.size} articles`);
  console.log('aspect     P      R      F1    (tp/fp/fn)');
  for (const aspect of ASPECTS) {
    const c = counts[aspect];
    const { p, r, f } = prf(c);
    console.log(`${aspect.padEnd(8)} ${pct(p)}  ${pct(r)}  ${pct(f)}   (${c.tp}/${c.fp}/${c.fn})`);
  }
}
