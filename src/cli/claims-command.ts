import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { listClaims, type ClaimFilter } from '../store/claims.js';
import { openStore, resolveDbTarget } from '../store/db.js';
import { printHelp, storeOptions } from './common-options.js';
import { isCalendarDay } from '../model/calendar-day.js';

const HELP = `usage: claimtrail claims [--source NAME] [--outlet NAME] [--status S] [--since DATE] [--until DATE]
                        [--limit N] [--db TARGET] [--json]

Lists stored claims, newest article first. --source matches the source as written or its
linked entity's name (case-insensitive substring); dates are publication dates, YYYY-MM-DD.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string' },
      outlet: { type: 'string' },
      status: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string', default: '200' },
      ...storeOptions,
    },
  });
  if (values.help) return printHelp(HELP);
  for (const name of ['since', 'until'] as const) {
    const value = values[name];
    if (value !== undefined && !isCalendarDay(value)) throw new UsageError(`--${name} expects YYYY-MM-DD, got '${value}'`);
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit expects a positive whole number, got '${values.limit}'`);
  const filter: ClaimFilter = {
    limit,
    ...(values.source ? { source: values.source } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.since ? { since: values.since } : {}),
    ...(values.until ? { until: values.until } : {}),
  };
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const claims = await listClaims(store.db, filter);
    if (values.json) process.stdout.write(JSON.stringify(claims, null, 1) + '\n');
    else if (claims.length === 0) process.stdout.write('no claims\n');
    else for (const c of claims) {
      const status = c.status.length > 0 ? ` [${c.status.join(', ')}]` : '';
      process.stdout.write(`${c.published ?? 'undated'}  ${c.outlet ?? '-'}  ${c.source ?? '(unsourced)'}${c.cue ? ` ${c.cue}` : ''}: ${c.content}${status}\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
