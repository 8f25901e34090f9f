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
await (await load()).run(args);
