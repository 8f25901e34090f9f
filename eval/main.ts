/**
 * `npm run eval -- <suite> [ARGS]`: scores the extractor on annotated corpora and prints
 * precision / recall / F1. Each suite lives in its own file.
 */
const suites: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  attribution: () => import('./attribution.js'),
  figures: () => import('./figures.js'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? suites[name] : undefined;
if (!load) {
  console.error(`usage: npm run eval -- <${Object.keys(suites).join('|')}> [ARGS]`);
  process.exit(2);
}
try {
  await (await load()).run(args);
} catch (error) {
  // a usage slip or a missing file is reported in a line, not as a stack trace
  const e = error as NodeJS.ErrnoException;
  console.error(`eval ${name}: ${e.code === 'ENOENT' ? `no such file or directory: ${e.path}` : e.message}`);
  process.exit(2);
}
