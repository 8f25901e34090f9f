/**
 * `npm run bench [-- NAME...]`: runs the benchmarks (all, or those named) and prints ratios
 * measured in one run against a baseline, plus peak memory. Goals are printed beside figures.
 */
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  analyze: () => import('./analyze.js'),
  queue: () => import('./queue.js'),
  series: () => import('./series.js'),
  memory: () => import('./memory.js'),
  ingest: () => import('./ingest.js'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  await (await load()).run();
}
