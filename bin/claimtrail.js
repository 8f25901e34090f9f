#!/usr/bin/env node
// The CLI entry: the compiled TypeScript lives in dist/ (built by `npm ci` through `prepare`).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`claimtrail: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
