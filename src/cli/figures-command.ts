import { parseArgs } from 'node:util';
import { openStore, resolveDbTarget } from '../store/db.js';
import { listSeries } from '../store/figures.js';
import { describeInterval, formatFigure, pointInterval } from '../trail/point-interval.js';
import { pointDate } from '../trail/point-order.js';
import type { FigureSeries } from '../trail/types.js';
import { printHelp, storeOptions } from './common-options.js';
import { plural } from './plural.js';

const HELP = `usage: claimtrail figures [--query TEXT] [--db TARGET] [--json]

Prints the figure trail: stored figures grouped into series (same measure, compatible subject
and place), each point with its date, outlet, source and wording, and the disagreements and
revisions found (the first 8 disagreements of a series, then their count; --json gives every
one). --query keeps series whose label mentions TEXT.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      query: { type: 'string' },
      ...storeOptions,
    },
  });
  if (values.help) return printHelp(HELP);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const series = await listSeries(store.db, values.query);
    process.stdout.write(values.json ? JSON.stringify(series, null, 1) + '\n' : series.map(formatSeries).join('\n') || 'no figure series\n');
  } finally {
    await store.close();
  }
  return 0;
}

/** The readable view of one series. */
export function formatSeries(s: FigureSeries): string {
  const lines = [`${s.label}  [${s.id}]  ${plural(s.points.length, 'figure')}`];
  const { summary } = s;
  if (summary.low !== null) {
    const high = summary.high === null ? 'open' : formatFigure(summary.high);
    lines.push(`  ${summary.days === 0 ? 'as of' : 'latest week to'} ${summary.asOf}: ${formatFigure(summary.low)} – ${high} (${plural(summary.sources, 'source')})`);
  }
  // one wire story reprinted by many outlets is one line: the same day, source, wording and figure
  // (a set: an outlet that printed the line twice, a headline and its story or two updates, is named once)
  const printed = new Map<string, { date: string; said: string; outlets: Set<string> }>();
  for (const p of s.points) {
    const interval = pointInterval(p);
    const said = `${p.source ?? 'unattributed'}${p.via ? ` (via ${p.via})` : ''}: "${p.surface}"${interval ? ` = ${describeInterval(interval)}` : ''}${p.status.length ? ` (${p.status.join(', ')})` : ''}`;
    const date = pointDate(p) ?? 'undated   ';
    const line = printed.get(`${date} ${said}`);
    if (line) line.outlets.add(p.outlet ?? '-');
    else printed.set(`${date} ${said}`, { date, said, outlets: new Set([p.outlet ?? '-']) });
  }
  for (const { date, said, outlets: set } of printed.values()) {
    const outlets = [...set];
    const named = outlets.length > SHOWN_OUTLETS + 1 ? `${outlets.slice(0, SHOWN_OUTLETS).join(', ')} and ${outlets.length - SHOWN_OUTLETS} more` : outlets.join(', ');
    lines.push(`  ${date}  ${named}  ${said}`);
  }
  // a story told by dozens of outlets can pair every source with every other: the first few, then a count
  const disagreements = s.flags.filter((f) => f.kind === 'disagreement');
  const shown = new Set(disagreements.slice(0, SHOWN_DISAGREEMENTS));
  for (const f of s.flags) if (f.kind !== 'disagreement' || shown.has(f)) lines.push(`  ! ${f.kind}: ${f.reason}`);
  const hidden = disagreements.length - shown.size;
  if (hidden > 0) lines.push(`  ! … and ${plural(hidden, 'more disagreement')} (--json lists them all)`);
  return lines.join('\n') + '\n';
}

/** Outlets named on the line of a figure they all printed; the rest are counted. */
const SHOWN_OUTLETS = 3;

/** Disagreements printed per series in the readable view; --json gives every one. */
const SHOWN_DISAGREEMENTS = 8;
