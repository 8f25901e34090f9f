/**
 * The files of a folder, recursively, in a stable order (sorted by name, files before
 * subfolders' contents as `find | sort` would give). Hidden entries are skipped, as are
 * symbolic links to folders (no loops) and files whose extension says they are media or code.
 */
import { opendir } from 'node:fs/promises';
import { extname, join } from 'node:path';

const NOT_ARTICLES = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.bmp', '.tif', '.tiff', '.avif', '.mp3', '.mp4', '.webm', '.mov',
  '.avi', '.wav', '.ogg', '.pdf', '.zip', '.7z', '.rar', '.tar', '.css', '.js', '.mjs', '.map', '.woff', '.woff2', '.ttf', '.otf', '.eot', '.exe', '.dll', '.so',
]);

export async function* walkFolder(folder: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const entry of await opendir(folder)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, dir: true });
    else if (entry.isFile() || entry.isSymbolicLink()) {
      if (!NOT_ARTICLES.has(extname(entry.name).toLowerCase())) entries.push({ name: entry.name, dir: false });
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.dir) yield* walkFolder(join(folder, entry.name));
    else yield join(folder, entry.name);
  }
}
