import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../ingest/detect-format.js';
import { isCalendarDay } from '../model/calendar-day.js';

/** Options every command shares, for node:util parseArgs. */
export const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** `--db` (a folder for the embedded database or a postgres:// URL), `--json`, and `--help`. */
export const storeOptions = { db: { type: 'string' }, json: { type: 'boolean', default: false }, ...helpOption } as const;

/** Prints a command's help text; the command then exits 0. */
export function printHelp(text: string): 0 {
  process.stdout.write(text + '\n');
  return 0;
}

/** What --format accepts: every format but a URL list, or detection. */
const FORMAT_CHOICES: readonly string[] = ['auto', ...FORMATS.filter((f) => f !== 'urls')];

/** How the commands that read articles (analyze, ingest) may be told what they read. */
export const readOptions = { published: { type: 'string' }, format: { type: 'string', default: 'auto' } } as const;

export const READ_HELP = `  --published D    the publication day (YYYY-MM-DD) of inputs that give none (plain text): relative
                   dates ("on Monday", "last week") are read from it; a page's or feed's own date wins.
                   Without it, a byline or dateline at the top ("By Ann Roe - June 3, 2026") gives
                   the day; with neither, dates that need one are left unresolved
  --format F       read every input as F (${FORMAT_CHOICES.join('|')}) instead of detecting it`;

/** The checked values of readOptions: a malformed one is a usage error naming the option. */
export function readChoices(values: { published?: string; format?: string }): { published?: string; format: Format | 'auto' } {
  const { published, format = 'auto' } = values;
  if (published !== undefined && !isCalendarDay(published)) throw new UsageError(`--published expects YYYY-MM-DD, got '${published}'`);
  if (!FORMAT_CHOICES.includes(format)) throw new UsageError(`--format expects one of ${FORMAT_CHOICES.join(', ')}, got '${format}'`);
  return { ...(published ? { published } : {}), format: format as Format | 'auto' };
}
