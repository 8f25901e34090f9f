/**
 * Lines of a byte stream with bounded memory: a line longer than `maxLineBytes` is not kept but
 * reported (its number and that it was too long) while the bytes up to its end are skipped, so one
 * 200 MB line costs nothing and the lines after it are still read.
 */
export type Line = { readonly number: number; readonly bytes: Uint8Array } | { readonly number: number; readonly tooLong: true };

export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let skipping = false;
  let number = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); from <= chunk.length; nl = chunk.indexOf(0x0a, from)) {
      const end = nl === -1 ? chunk.length : nl;
      if (!skipping) {
        if (length + end - from > maxLineBytes) {
          skipping = true;
          parts = [];
          length = 0;
        } else if (end > from) {
          parts.push(chunk.subarray(from, end));
          length += end - from;
        }
      }
      if (nl === -1) break;
      yield skipping ? { number, tooLong: true } : { number, bytes: join(parts, length) };
      number++;
      parts = [];
      length = 0;
      skipping = false;
      from = nl + 1;
    }
  }
  if (skipping) yield { number, tooLong: true };
  else if (length > 0) yield { number, bytes: join(parts, length) };
}

function join(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!.slice();
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
