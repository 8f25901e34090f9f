/**
 * Child process for the loader tests: runs `loadInputs` on each path given (a JSON array in
 * argv[2]) and prints one JSON line per input, after a 'start' line, so the parent can pin a
 * crash or a hang on the input that caused it. Run with `node --import tsx`.
 */
import { loadInputs } from '../../src/ingest/load-inputs.js';
import { InputError } from '../../src/errors.js';

interface Job {
  readonly path: string;
  readonly forbid?: string;
}

export interface LoadSummary {
  readonly path: string;
  readonly items: number;
  readonly chars: number;
  readonly errors: string[];
  readonly forbidden: boolean;
  readonly threw: string | null;
  readonly badItems: string[];
  readonly heapMb: number;
}

const MAX_ITEMS = 100_000;

for (const job of JSON.parse(process.argv[2]!) as Job[]) {
  process.stdout.write(JSON.stringify({ start: job.path }) + '\n');
  const summary = { path: job.path, items: 0, chars: 0, errors: [] as string[], forbidden: false, threw: null as string | null, badItems: [] as string[], heapMb: 0 };
  try {
    for await (const item of loadInputs([job.path])) {
      if (item instanceof InputError) {
        if (summary.errors.length < 20) summary.errors.push(item.message);
        continue;
      }
      summary.items++;
      if (typeof item.text !== 'string' || item.text.trim() === '') summary.badItems.push(`item ${summary.items}: empty or non-string text`);
      else summary.chars += item.text.length;
      if (job.forbid && JSON.stringify(item).includes(job.forbid)) summary.forbidden = true;
      if (summary.items >= MAX_ITEMS) {
        summary.badItems.push(`more than ${MAX_ITEMS} items`);
        break;
      }
    }
  } catch (error) {
    summary.threw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  summary.heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  process.stdout.write(JSON.stringify(summary) + '\n');
}
