/**
 * chrono, with one correction: chrono reads every all-numeric date month first ("04.03.2025" as
 * April 3), but a date written with dots is written day first wherever it is written (German,
 * Russian, Ukrainian, Turkish… outlets and their translations). Slashes stay month first, as
 * chrono has them: "12/03/2025" is read the American way.
 */
import * as chrono from 'chrono-node';

const DOTTED = /(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])/gu;

export function parseDates(text: string, reference: Parameters<typeof chrono.parse>[1]): chrono.ParsedResult[] {
  const dotted = [...text.matchAll(DOTTED)].map((m) => [m.index, m.index + m[0].length] as const);
  if (dotted.length === 0) return chrono.parse(text, reference);
  // "24.02.22" read month first is no date at all, or a broken one ("22 to 04.12.25"); in a sentence chrono may
  // miss it whichever way ("from 24.02.2022 amounted"): each dotted date is read alone, day first
  const touches = (r: chrono.ParsedResult) => dotted.some(([s, e]) => r.index < e && s < r.index + r.text.length);
  const days = dotted.flatMap(([s, e]) => chrono.en.GB.parse(text.slice(s, e), reference).map((r) => Object.assign(r, { index: s + r.index })));
  return [...chrono.parse(text, reference).filter((r) => !touches(r)), ...days].sort((a, b) => a.index - b.index);
}
