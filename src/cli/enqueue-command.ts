import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { redact, resolveDbTarget } from '../store/db.js';
import { enqueueInputs } from '../worker/enqueue.js';
import { openQueue, policyFromEnv } from '../worker/queue.js';
import { helpOption, printHelp, READ_HELP, readChoices, readOptions } from './common-options.js';
import { plural } from './plural.js';

const HELP = `usage: claimtrail enqueue INPUT... [--db postgres://URL] [--allow-private] [--published YYYY-MM-DD]
                         [--format auto|text|html|feed|jsonl|warc]

Queues inputs for 'claimtrail worker' instead of ingesting them here (same as 'claimtrail ingest
--queue'). Folders are expanded to one job per file; paths are made absolute, so workers must see
the same files. Queuing an input whose job already exists adds nothing.

${READ_HELP}`;

/** Enqueues `argv`'s inputs; also the body of `claimtrail ingest --queue`. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
      ...readOptions,
      queue: { type: 'boolean', default: true },
      quiet: { type: 'boolean', short: 'q', default: false },
      batch: { type: 'string' },
      ...helpOption,
    },
  });
  if (values.help) return printHelp(HELP);
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one INPUT (a file, folder or URL)');
  const read = readChoices(values);
  const target = resolveDbTarget(values.db);
  const boss = await openQueue(target, policyFromEnv());
  try {
    const result = await enqueueInputs(boss, positionals, {
      ...(values['allow-private'] ? { allowPrivate: true } : {}),
      ...(read.published ? { published: read.published } : {}),
      ...(read.format !== 'auto' ? { format: read.format } : {}),
    });
    for (const error of result.errors) process.stderr.write(`claimtrail enqueue: ${error.message}\n`);
    process.stdout.write(`queued ${plural(result.queued, 'job')} in ${redact(target)}${result.already ? ` (${result.already} already queued or done)` : ''}, ${plural(result.errors.length, 'input')} failed\n`);
    return result.errors.length > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
  }
}
