/** Options every command shares, for node:util parseArgs. */
export const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** `--db` (a folder for the embedded database or a postgres:// URL), `--json`, and `--help`. */
export const storeOptions = { db: { type: 'string' }, json: { type: 'boolean', default: false }, ...helpOption } as const;

/** Prints a command's help text; the command then exits 0. */
export function printHelp(text: string): 0 {
  process.stdout.write(text + '\n');
  return 0;
}
