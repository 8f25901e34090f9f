import { parseArgs } from 'node:util';
import { analyze } from '../analyze.js';
import { toOutput } from '../model/output.js';
import { InputError, UsageError } from '../errors.js';
import { loadInputs } from '../ingest/load-inputs.js';
import { formatReport } from './report.js';

const HELP = `usage: claimtrail analyze [FILE...|-] [--published YYYY-MM-DD] [--json | --jsonl]

Analyses each input (a file, or '-' / nothing for standard input) and prints its claims,
figures, dates and flags: a readable report by default, one JSON object with --json, one
JSON object per input (with "input") with --jsonl. Exit 1 if any input could not be read.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (values.json && values.jsonl) throw new UsageError('choose one of --json and --jsonl');
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.published)) {
    throw new UsageError(`--published expects YYYY-MM-DD, got '${values.published}'`);
  }
  const inputs = positionals.length > 0 ? positionals : ['-'];
  let failed = 0;
  const outputs: unknown[] = [];
  for await (const article of loadInputs(inputs)) {
    if (article instanceof InputError) {
      process.stderr.write(`claimtrail analyze: ${article.message}\n`);
      failed++;
      continue;
    }
    const published = values.published ?? article.published;
    const doc = analyze(article.text, published ? { published } : {});
    if (values.jsonl) process.stdout.write(JSON.stringify({ input: article.input, ...toOutput(doc) }) + '\n');
    else if (values.json) outputs.push({ input: article.input, ...toOutput(doc) });
    else process.stdout.write(formatReport(article.input, doc) + '\n');
  }
  if (values.json) {
    // One object for one input (the common case and the contract); an array of them for several.
    process.stdout.write(JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 1) + '\n');
  }
  return failed > 0 ? 1 : 0;
}
