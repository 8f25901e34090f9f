import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { listClaims } from '../store/claims.js';
import { openStore, resolveDbTarget } from '../store/db.js';
import { loadFigurePoints } from '../store/figures.js';
import { buildSeries } from '../trail/build-series.js';
import { helpOption, printHelp } from './common-options.js';

const HELP = `usage: claimtrail export --format csv|jsonl [--table claims|figures] [--db TARGET]

Writes every stored claim (default) or every figure of the trail (with its series id) to
standard output, one row per line.`;

type Row = Record<string, unknown>;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      table: { type: 'string', default: 'claims' },
      db: { type: 'string' },
      ...helpOption,
    },
  });
  if (values.help) return printHelp(HELP);
  if (values.format !== 'csv' && values.format !== 'jsonl') throw new UsageError(`--format expects csv or jsonl, got '${values.format ?? ''}'`);
  if (values.table !== 'claims' && values.table !== 'figures') throw new UsageError(`--table expects claims or figures, got '${values.table}'`);
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const rows: Row[] = values.table === 'claims'
      ? (await listClaims(store.db, { limit: 1_000_000 })).map((c) => ({ ...c, status: c.status.join(';') }))
      : buildSeries(await loadFigurePoints(store.db)).flatMap((s) =>
          s.points.map((p) => ({ series: s.id, ...p, categories: p.categories.join('+'), status: p.status.join(';') })));
    process.stdout.write(values.format === 'csv' ? toCsv(rows) : rows.map((r) => JSON.stringify(r) + '\n').join(''));
  } finally {
    await store.close();
  }
  return 0;
}

/** RFC 4180 CSV; text starting like a spreadsheet formula is prefixed with ' so it stays text. */
export function toCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    let text = typeof value === 'string' ? value : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
