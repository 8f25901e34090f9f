/**
 * `npx tsx scripts/write-goldens.ts`: rewrites test/fixtures/articles/<slug>/expected.json from
 * the current analyzer. Review the diff before committing: a golden records what we accept.
 */
import { writeFileSync } from 'node:fs';
import { analyzeGolden, listGoldens } from '../test/helpers/goldens.js';

for (const golden of listGoldens()) {
  writeFileSync(golden.expectedPath, JSON.stringify(analyzeGolden(golden), null, 2) + '\n');
  console.log(`wrote ${golden.expectedPath}`);
}
