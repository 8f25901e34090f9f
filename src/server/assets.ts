/**
 * Static files the pages load: our own assets (src/web/assets, found from both the source tree
 * and the compiled dist/) and uPlot's built files from node_modules. Served from memory with a
 * fixed allow-list: no path from the request ever reaches the file system.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  readonly type: string;
  readonly body: string;
}

function ownAssetsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // src/server → src/web/assets; dist/src/server → src/web/assets (tsc does not copy them).
  const candidates = [join(here, '../web/assets'), join(here, '../../../src/web/assets')];
  const found = candidates.find((dir) => existsSync(join(dir, 'app.css')));
  if (!found) throw new Error(`web assets not found; looked in ${candidates.join(', ')}`);
  return found;
}

export function loadAssets(): ReadonlyMap<string, Asset> {
  const own = ownAssetsDir();
  const uplot = join(dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist');
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const files: [string, string, string][] = [
    ['app.css', join(own, 'app.css'), css],
    ['article.js', join(own, 'article.js'), js],
    ['figure.js', join(own, 'figure.js'), js],
    ['uplot.min.js', join(uplot, 'uPlot.iife.min.js'), js],
    ['uplot.min.css', join(uplot, 'uPlot.min.css'), css],
  ];
  return new Map(files.map(([name, path, type]) => [name, { type, body: readFileSync(path, 'utf8') }]));
}
