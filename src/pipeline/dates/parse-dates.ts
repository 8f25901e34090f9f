/**
 * chrono, with one correction: chrono reads every all-numeric date month first ("04.03.2025" as
 * April 3), but a date written with dots is written day first wherever it is written (German,
 * Russian, Ukrainian, Turkish… outlets and their translations). Slashes stay month first, as
 * chrono has them: "12/03/2025" is read the American way.
 */
import * as chrono from 'chrono-node';

const DOTTED = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/u;

export function parseDates(text: string, reference: Parameters<typeof chrono.parse>[1]): chrono.ParsedResult[] {
  return chrono.parse(text, reference).map((r) => {
    if (!DOTTED.test(r.text)) return r;
    const dayFirst = chrono.en.GB.parse(r.text, reference)[0];
    return dayFirst ? Object.assign(dayFirst, { index: r.index + dayFirst.index }) : r;
  });
}
