/**
 * Command-line inputs to byte sources: '-' is standard input, http(s) strings are URLs, folders
 * are walked recursively, anything else is a file path. File errors surface as InputErrors
 * naming the path when the source is first read.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ByteSource } from './byte-source.js';
import { walkFolder } from './walk-folder.js';

export type Planned = { readonly kind: 'stdin' } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string };

export const isUrl = (input: string): boolean => /^https?:\/\//iu.test(input);

/** Expands one command-line input into the sources it stands for (a folder's files, in order). */
export async function planInput(input: string): Promise<Array<Planned | InputError>> {
  if (input === '-') return [{ kind: 'stdin' }];
  if (isUrl(input)) return [{ kind: 'url', url: input }];
  let isFolder = false;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch (error) {
    return [new InputError(input, fileProblem(error))];
  }
  if (!isFolder) return [{ kind: 'file', path: input }];
  const planned: Array<Planned | InputError> = [];
  try {
    for await (const path of walkFolder(input)) planned.push({ kind: 'file', path });
  } catch (error) {
    planned.push(new InputError(input, fileProblem(error)));
  }
  if (planned.length === 0) planned.push(new InputError(input, 'the folder holds no files to read'));
  return planned;
}

export function fileSource(path: string): ByteSource {
  return { name: path, input: path, chunks: createReadStream(path, { highWaterMark: 1 << 20 }) };
}

export function stdinSource(): ByteSource {
  return { name: 'standard input', input: '-', chunks: process.stdin };
}

/** A file-system error as a short problem statement. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
