#!/usr/bin/env node
// The CLI entry: the compiled TypeScript lives in dist/ (built by `npm ci` through `prepare`).
import { main } from '../dist/src/cli/main.js';

// `claimtrail analyze ... | head`: a closed pipe ends the run quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`claimtrail: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
