import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { search } from '../store/articles.js';
import { openStore, resolveDbTarget } from '../store/db.js';
import { printHelp, storeOptions } from './common-options.js';

const HELP = `usage: claimtrail search TEXT [--db TARGET] [--json]

Full-text search over stored articles and claims (English stemming; web-search syntax:
"quoted phrase", OR, -excluded).`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...storeOptions,
    },
  });
  if (values.help) return printHelp(HELP);
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError('search needs the TEXT to look for');
  const store = await openStore(resolveDbTarget(values.db));
  try {
    const hits = await search(store.db, text);
    if (values.json) {
      process.stdout.write(JSON.stringify(hits, null, 1) + '\n');
      return 0;
    }
    process.stdout.write(`${hits.articles.length} articles, ${hits.claims.length} claims\n`);
    for (const a of hits.articles) process.stdout.write(`article ${a.id}  ${a.published ?? 'undated'}  ${a.outlet ?? '-'}  ${a.title ?? a.input}\n`);
    for (const c of hits.claims) process.stdout.write(`claim ${c.id} (article ${c.articleId})  ${c.source ?? '(unsourced)'}: ${c.content}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
