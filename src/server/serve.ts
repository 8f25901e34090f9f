import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/db.js';
import { createApp } from './app.js';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the app on `hostname:port` (127.0.0.1 by default: nothing is exposed unless asked). Port 0 picks a free one. */
export function startServer(store: Store, options: { port?: number; hostname?: string } = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const app = createApp({ store });
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done) => server!.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
