import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { openStore, resolveDbTarget } from '../store/db.js';
import { startServer } from '../server/serve.js';
import { helpOption, printHelp } from './common-options.js';

const HELP = `usage: claimtrail serve [--port N] [--host ADDRESS] [--db TARGET]

Serves the web UI (the trail, annotated articles, claims explorer, figure and entity pages)
and the JSON API (described at /api/openapi.json). Binds to 127.0.0.1 unless --host says
otherwise; the API is read-only. Stops on Ctrl-C.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      ...helpOption,
    },
  });
  if (values.help) return printHelp(HELP);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects 0–65535, got '${values.port}'`);
  const store = await openStore(resolveDbTarget(values.db));
  let server;
  try {
    server = await startServer(store, { port, hostname: values.host });
  } catch (error) {
    await store.close();
    throw new UsageError(`cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`claimtrail serving ${server.url} (API: ${server.url}/api/openapi.json); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
