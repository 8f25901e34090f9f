import { ClaimtrailError, UsageError } from '../errors.js';

type Command = (argv: string[]) => Promise<number>;

/** Each command lives in its own file and is loaded only when asked for. */
const commands: Record<string, () => Promise<{ run: Command }>> = {
  analyze: () => import('./analyze-command.js'),
  ingest: () => import('./ingest-command.js'),
  figures: () => import('./figures-command.js'),
  claims: () => import('./claims-command.js'),
  search: () => import('./search-command.js'),
  export: () => import('./export-command.js'),
  serve: () => import('./serve-command.js'),
  enqueue: () => import('./enqueue-command.js'),
  worker: () => import('./worker-command.js'),
};

const USAGE = `usage: claimtrail <command> [options]

commands:
  analyze [FILE...|-] [--published YYYY-MM-DD] [--json|--jsonl]   analyse articles, print claims and figures
  ingest INPUT... [--db DIR|postgres://URL]                         analyse and store articles (re-ingest updates)
  figures [--query TEXT]                                            the figure trail: series, disagreements, revisions
  claims [--source NAME] [--since DATE]                             stored claims, filtered
  search TEXT                                                       full-text search over articles and claims
  export --format csv|jsonl [--table claims|figures]                dump stored claims or figures
  serve [--port N]                                                  web UI and JSON API on 127.0.0.1
  enqueue INPUT... --db postgres://URL                              queue inputs for workers (= ingest --queue)
  worker [--drain] [--failed] --db postgres://URL                   process queued inputs; --failed lists poisoned ones

Run 'claimtrail <command> --help' for a command's options.`;

/** Runs the CLI; resolves to the process exit code (0 ok, 1 bad input, 2 usage or internal error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('claimtrail 0.1.0\n');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`claimtrail: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (error) {
    if (error instanceof ClaimtrailError) {
      process.stderr.write(`claimtrail ${name}: ${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`claimtrail ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
