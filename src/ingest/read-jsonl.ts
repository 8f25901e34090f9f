/**
 * JSONL dumps: one article per line, `{"text": …}` (analysed exactly as given) or `{"html": …}`
 * (extracted like a page), with optional `url`, `title`, `published`, `outlet`. Streamed line by
 * line; a bad line is an InputError naming the line and the next lines still go through. Past the
 * first few, bad lines are summarised in one error at the end, by problem, with their numbers.
 */
import { InputError } from '../errors.js';
import { asInputError } from './as-input-error.js';
import { formatBytes, type ByteSource } from './byte-source.js';
import { readLines } from './read-lines.js';
import { articleFromHtml } from './read-html.js';
import { toDay } from './html-metadata.js';
import type { RawArticle } from './raw-article.js';

/** Bad lines reported one by one; the rest go into the summary. */
const SHOWN_BAD_LINES = 3;

export async function* articlesFromJsonl(source: ByteSource, maxLineBytes: number): AsyncGenerator<RawArticle | InputError> {
  const decoder = new TextDecoder('utf-8');
  const unshown = new BadLines();
  let bad = 0;
  for await (const line of readLines(source.chunks, maxLineBytes)) {
    const input = `${source.input}#${line.number}`;
    const name = `${source.name} line ${line.number}`;
    let error: InputError;
    if ('tooLong' in line) error = new InputError(name, `line longer than the ${formatBytes(maxLineBytes)} limit, skipped`);
    else {
      const raw = decoder.decode(line.bytes).trim();
      if (raw === '') continue;
      try {
        yield rowArticle(parseRow(raw, name), input, name);
        continue;
      } catch (caught) {
        // One bad row or record must not end the stream: the next one is read.
        error = asInputError(name, caught);
      }
    }
    if (++bad <= SHOWN_BAD_LINES) yield error;
    else unshown.add(error.problem, line.number);
  }
  if (unshown.count > 0) yield new InputError(source.name, `${unshown.count} more bad lines: ${unshown.describe()}`);
}

/** Bad lines by problem (its wording without the parser's detail in brackets), each with its line numbers. */
class BadLines {
  count = 0;
  private readonly byProblem = new Map<string, number[]>();
  add(problem: string, line: number): void {
    const kind = problem.replace(/\s*\([^()]*\)$/u, '');
    const lines = this.byProblem.get(kind) ?? [];
    if (lines.length === 0) this.byProblem.set(kind, lines);
    lines.push(line);
    this.count++;
  }
  /** "not valid JSON: 47 lines (5–51); line longer than …: 2 lines (60, 64)" */
  describe(): string {
    return [...this.byProblem].map(([kind, lines]) => `${kind}: ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} (${lineRanges(lines)})`).join('; ');
  }
}

/** "5–51, 60, 64, …": ascending line numbers as runs, the first few only. */
function lineRanges(lines: readonly number[], runs = 6): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < runs; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(j > i ? `${lines[i]}–${lines[j]}` : `${lines[i]}`);
    i = j;
    if (out.length === runs && j + 1 < lines.length) out.push('…');
  }
  return out.join(', ');
}

function parseRow(raw: string, name: string): Record<string, unknown> {
  let row: unknown;
  try {
    row = JSON.parse(raw);
  } catch (error) {
    throw new InputError(name, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError(name, 'expected a JSON object with "text" or "html"');
  return row as Record<string, unknown>;
}

function rowArticle(row: Record<string, unknown>, input: string, name: string): RawArticle {
  const field = (key: string) => (typeof row[key] === 'string' && (row[key] as string).trim() !== '' ? (row[key] as string) : undefined);
  const url = field('url');
  const title = field('title');
  const published = toDay(field('published') ?? field('date'));
  const outlet = field('outlet');
  const extras = {
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
  };
  const text = field('text');
  if (text !== undefined) return { input, text, format: 'jsonl', ...extras };
  const html = field('html');
  if (html === undefined) throw new InputError(name, 'the object has no non-empty "text" or "html" field');
  const page = articleFromHtml(html, { input, name, ...(url ? { url } : {}) });
  // What the row states explicitly wins over what the page's markup suggests.
  return { ...page, format: 'jsonl', ...extras };
}
