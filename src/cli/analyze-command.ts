import { parseArgs } from 'node:util';
import { analyze } from '../analyze.js';
import { toOutput } from '../model/output.js';
import { InputError, UsageError } from '../errors.js';
import { loadInputs } from '../ingest/load-inputs.js';
import type { RawArticle } from '../ingest/raw-article.js';
import { formatReport } from './report.js';
import { createProgress } from './progress.js';
import { helpOption, printHelp, READ_HELP, readChoices, readOptions } from './common-options.js';

const HELP = `usage: claimtrail analyze [INPUT...|-] [--published YYYY-MM-DD] [--json | --jsonl]
                         [--format auto|text|html|feed|jsonl|warc] [--allow-private] [--quiet]

Analyses each article and prints its claims, figures, dates and flags: a readable report by
default, one JSON object with --json, one JSON object per article (with "input") with --jsonl.

An INPUT is a file, a folder (read recursively), '-' or nothing for standard input, an http(s)
URL, or a file listing URLs one per line. Its format is detected from its content: plain text
(analysed exactly as given), an HTML page (the article body and its title, byline, date, outlet
and canonical URL are extracted), an RSS or Atom feed, JSONL (one {"text"|"html", "url",
"title", "published", "outlet"} object per line), or a WARC archive; gzip is unwrapped. Where
the content alone would be plain text, a .jsonl, .html or .rss name is heard.

${READ_HELP}
  --allow-private  allow fetching URLs on loopback/private/link-local addresses
  --quiet          no progress bar, no warnings or duplicate notes on standard error

An article seen earlier in the run (same canonical URL or same body) is skipped with a note.
Exit 1 if any input could not be read; the others are still analysed.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...readOptions,
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'allow-private': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      ...helpOption,
    },
  });
  if (values.help) return printHelp(HELP);
  if (values.json && values.jsonl) throw new UsageError('choose one of --json and --jsonl');
  const read = readChoices(values);
  const inputs = positionals.length > 0 ? positionals : ['-'];
  const quiet = values.quiet;
  const progress = createProgress({ quiet });
  const note = (line: string) => progress.note(`claimtrail analyze: ${line}`);
  let failed = 0;
  const outputs: unknown[] = [];
  try {
    const articles = loadInputs(inputs, {
      format: read.format,
      allowPrivate: values['allow-private'],
      onProgress: (p) => progress.update(p),
    });
    for await (const article of articles) {
      if (article instanceof InputError) {
        note(article.message);
        failed++;
        continue;
      }
      if (!quiet) for (const warning of article.warnings ?? []) note(`warning: ${article.input}: ${warning}`);
      if (article.duplicateOf) {
        if (!quiet) note(`${article.input} is the same article as ${article.duplicateOf}; skipped`);
        continue;
      }
      const published = article.published ?? read.published;
      const doc = analyze(article.text, published ? { published } : {});
      const source = sourceFields(article);
      const output = { input: article.input, ...(source ? { source } : {}), ...toOutput(doc) };
      if (values.jsonl) progress.print(JSON.stringify(output));
      else if (values.json) outputs.push(output);
      else progress.print(formatReport(article.input, doc));
    }
  } finally {
    progress.stop();
  }
  if (values.json) {
    // One object for one input (the common case and the contract); an array of them for several.
    process.stdout.write(JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 1) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

/** What ingestion learnt about the article beyond its text, for the JSON outputs; none for plain text. */
function sourceFields(article: RawArticle): Record<string, unknown> | undefined {
  const { input: _input, text: _text, format, duplicateOf: _dup, ...rest } = article;
  if (Object.keys(rest).length === 0) return undefined;
  return { format, ...rest };
}
