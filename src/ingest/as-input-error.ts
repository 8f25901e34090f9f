/**
 * Any failure while reading an input, as an InputError naming it with a plain problem statement
 * (no stack): zlib, file-system and parser errors are translated; the original stays as `cause`.
 */
import { InputError } from '../errors.js';

/** Any failure while reading `name` as an InputError naming it, with a plain problem statement. */
export function asInputError(name: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/u.test(message)) return new InputError(name, 'truncated gzip data (unexpected end of file)', error);
  if (code === 'Z_DATA_ERROR') return new InputError(name, `corrupt gzip data (${message})`, error);
  if (code === 'ENOENT') return new InputError(name, 'no such file', error);
  if (code === 'EISDIR') return new InputError(name, 'is a directory', error);
  if (code === 'EACCES') return new InputError(name, 'permission denied', error);
  return new InputError(name, message, error);
}
