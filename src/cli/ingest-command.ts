import { collectGarbageAbove, settleBeforeStore } from './heap-guard.js';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../errors.js';
import { loadInputs } from '../ingest/load-inputs.js';
import { analyseArticle } from '../store/analysed-article.js';
import { openStore, redact, resolveDbTarget } from '../store/db.js';
import { saveArticles, type AnalysedArticle } from '../store/save-articles.js';
import { createProgress } from './progress.js';
import { helpOption, printHelp, READ_HELP, readChoices, readOptions } from './common-options.js';
import { plural } from './plural.js';

const HELP = `usage: claimtrail ingest INPUT... [--db DIR|postgres://URL] [--published YYYY-MM-DD] [--batch N]
                        [--format auto|text|html|feed|jsonl|warc] [--allow-private] [--quiet]

Analyses each article and stores its claims, figures, entities, dates and flags. INPUTs are
read as by 'claimtrail analyze' (files, folders, feeds, JSONL, WARC, URLs).

  --db TARGET      an embedded database directory (default ./claimtrail-data, or $CLAIMTRAIL_DB)
                   or a PostgreSQL server URL (postgres://user@host:port/db)
${READ_HELP}
  --batch N        articles per transaction (default 50): a batch is stored whole or not at all
  --allow-private  allow fetching URLs on loopback/private addresses
  --quiet          no progress bar or notes
  --queue          only queue the inputs for 'claimtrail worker' (needs a postgres:// --db)

Re-ingesting an article (same canonical URL or same body) updates it, never duplicates it.
Exit 1 if any input could not be read; the others are still stored.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      ...readOptions,
      batch: { type: 'string', default: '50' },
      'allow-private': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      queue: { type: 'boolean', default: false },
      ...helpOption,
    },
  });
  // Queued ingest is done by workers: see src/worker/ and 'claimtrail worker'.
  if (values.queue && !values.help) return (await import('./enqueue-command.js')).run(argv);
  if (values.help) return printHelp(HELP);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one INPUT (a file, folder, URL or -)');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch expects a positive whole number, got '${values.batch}'`);
  const read = readChoices(values);
  settleBeforeStore();
  const store = await openStore(resolveDbTarget(values.db));
  const progress = createProgress({ quiet: values.quiet });
  const note = (line: string) => progress.note(`claimtrail ingest: ${line}`);
  const counts = { created: 0, updated: 0, failed: 0, skipped: 0 };
  let batch: AnalysedArticle[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    for (const saved of await saveArticles(store.db, batch)) counts[saved.created ? 'created' : 'updated']++;
    batch = [];
    collectGarbageAbove();
  };
  try {
    for await (const article of loadInputs(positionals, { format: read.format, allowPrivate: values['allow-private'], onProgress: (p) => progress.update(p) })) {
      if (article instanceof InputError) {
        note(article.message);
        counts.failed++;
        continue;
      }
      if (article.duplicateOf) {
        if (!values.quiet) note(`${article.input} is the same article as ${article.duplicateOf}; skipped`);
        counts.skipped++;
        continue;
      }
      batch.push(analyseArticle(article, article.published ?? read.published));
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    progress.stop();
    await store.close();
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} duplicates skipped` : '';
  const stored = counts.created + counts.updated;
  process.stdout.write(`stored ${plural(stored, 'article')} in ${redact(store.target)} (${counts.created} new, ${counts.updated} updated${skipped}), ${plural(counts.failed, 'input')} failed\n`);
  return counts.failed > 0 ? 1 : 0;
}
