import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { RawArticle } from './raw-article.js';

export type { RawArticle };

/** Decodes bytes as UTF-8 text, refusing what is clearly not text. */
export function decodeText(input: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(input, 'the file is empty');
  if (bytes.includes(0)) throw new InputError(input, 'binary data (NUL bytes), not text');
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  if (text.trim() === '') throw new InputError(input, 'only whitespace, no text to analyse');
  return text;
}

export async function readTextFile(path: string): Promise<RawArticle> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(path === '-' ? 'standard input' : path, problem, error);
  }
  return { input: path, text: decodeText(path === '-' ? 'standard input' : path, bytes) };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
