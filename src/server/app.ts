/**
 * The HTTP app: JSON API under /api, web pages elsewhere. One onError maps every failure to a
 * status and a message that names the problem (JSON for the API, a short page otherwise).
 * @example const app = createApp({ store }); const res = await app.request('/api/figures')
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import { ClaimtrailError } from '../errors.js';
import type { Store } from '../store/db.js';
import { layout } from '../web/layout.js';
import { apiRoutes } from './api-routes.js';
import { loadAssets } from './assets.js';
import { pageRoutes } from './page-routes.js';
import { securityHeaders } from './security.js';

export interface AppDeps {
  readonly store: Store;
  /** Request bodies above this many bytes get 413 (the API takes none today; this keeps it so). */
  readonly maxBodyBytes?: number;
  /** Where unexpected errors are reported (stderr by default). */
  readonly log?: (message: string) => void;
}

export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const app = new Hono();
  app.use(securityHeaders);
  app.use(bodyLimit({ maxSize: deps.maxBodyBytes ?? 64 * 1024, onError: (c) => c.json({ error: 'request body too large' }, 413) }));
  app.route('/api', apiRoutes(deps.store.db));
  app.route('/', pageRoutes(deps.store.db, loadAssets()));
  app.notFound((c) => respond(c.req.path, 404, `no such page: ${c.req.path.slice(0, 200)}`, c));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return respond(c.req.path, error.status, error.message, c);
    if (error instanceof ClaimtrailError) return respond(c.req.path, 400, error.message, c);
    log(`claimtrail serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return respond(c.req.path, 500, 'internal error; see the server log', c);
  });
  return app;
}

type Ctx = Parameters<Parameters<Hono['notFound']>[0]>[0];

function respond(path: string, status: number, message: string, c: Ctx): Response | Promise<Response> {
  const code = status as 400 | 404 | 413 | 500;
  if (path.startsWith('/api/') || path === '/api') return c.json({ error: message }, code);
  return c.html(layout(`Error ${status}`, html`<h1>${String(status)}</h1><p>${message}</p>`), code);
}
