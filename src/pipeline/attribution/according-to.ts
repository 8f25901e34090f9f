/**
 * "According to SOURCE, CONTENT." and "CONTENT, according to SOURCE." The source is everything
 * between "to" and the comma (or the end of the sentence): "one of the captured soldiers". "As
 * reported by SOURCE" (stated, noted, announced …) reads the same way.
 */
import type { Span } from '../../model/doc.js';
import { firstEndingAfter } from '../../model/span.js';
import { contentAfter, contentBefore } from './content-span.js';
import type { Proposal, View } from './view.js';

const FINAL = /^[.!?…]+$/u;
const RELATIVE = /^(?:who|whom|whose|which)$/iu;

export function accordingTo(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (let i = first; i < last; i++) {
    const length = cueLength(tokens, i, last);
    if (length === 0) continue;
    const cue: Span = { start: tokens[i]!.start, end: tokens[i + length - 1]!.end };
    let end = i + length;
    while (end <= last && tokens[end]!.text !== ',' && !(end === last && FINAL.test(tokens[end]!.text))) end++;
    if (end === i + length) continue;
    end = withApposedName(view, end, last);
    // "200,000 marched, according to the organisers, the union federation FTV.": a verbless phrase to the end is the source's apposition
    if (tokens[end]?.text === ',' && i > first && tokens[i - 1]!.text === ',' && hasVerb(tokens, first, i - 1) && !hasVerb(tokens, end + 1, last)) {
      end = FINAL.test(tokens[last]!.text) ? last : last + 1;
    }
    const source: Span = { start: tokens[i + length]!.start, end: tokens[end - 1]!.end };
    let content: Span | null = null;
    // Leading form: "According to X, ..." (also after "Now," or "But")
    // ... but "CONTENT, according to X, who said …": a relative clause after X is about X, and the content is before
    if (tokens[end]?.text === ',' && (i === first || tokens[i - 1]!.text === ',' || i - first <= 1) && !(i - first > 1 && RELATIVE.test(tokens[end + 1]?.text ?? ''))) {
      content = contentAfter(view, end + 1, last);
    } else if (i > first && tokens[i - 1]!.text === ',') {
      content = contentBefore(view, i - 1, first);
    }
    if (!content) continue;
    out.push({ rule: 'attribution/according-to', kind: 'according-to', cue, source, content: [content], unsourced: false });
  }
  return out;
}

/** Whether tokens `from` to `to` hold a verb or an auxiliary: a clause, not a bare noun phrase. */
function hasVerb(tokens: View['tokens'], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** An organisation's acronym: "OCHA", "UNHCR", "IOM". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A name set off by commas is at most this many tokens ("Tomas Brandt", "Oleksandr Syrskyi"). */
const MAX_NAME = 4;

/**
 * "According to the mayor, Tomas Brandt, some 30 homes …": a name in commas right after the
 * source is the source's apposition, not the start of the content. Returns the index of the comma
 * (or final mark) that ends the source.
 */
function withApposedName(view: View, comma: number, last: number): number {
  const { tokens } = view;
  if (tokens[comma]?.text !== ',') return comma;
  let k = comma + 1;
  while (k <= last && k - comma <= MAX_NAME && tokens[k]!.pos === 'PROPN') k++;
  // a person's names, not one word and not a place ("According to the mayor, Lowbridge, Amsel and Kell were flooded");
  // but a body's acronym is one word ("According to the UN's humanitarian office, OCHA, …")
  const acronym = k === comma + 2 && ACRONYM.test(tokens[comma + 1]!.text) && tokens[k]?.text === ',';
  if ((k < comma + 3 && !acronym) || k > last) return comma;
  const name = { start: tokens[comma + 1]!.start, end: tokens[k - 1]!.end };
  const place = view.places[firstEndingAfter(view.places, name.start)];
  if (place && place.start < name.end) return comma;
  if (k === last && FINAL.test(tokens[k]!.text)) return k;
  // "According to an FBI summary, Cheryl Mills, a top aide, sent …": a name with its own appositive is what is reported
  return tokens[k]!.text === ',' && !opensAppositive(tokens, k + 1, last) ? k : comma;
}

/** Whether a determiner's noun phrase closed by a comma, with no verb, starts at `k`: "a top aide,". */
function opensAppositive(tokens: View['tokens'], k: number, last: number): boolean {
  if (tokens[k]?.pos !== 'DET' && tokens[k]?.pos !== 'PRON') return false;
  for (let j = k + 1; j <= Math.min(last, k + MAX_APPOSITIVE); j++) {
    if (tokens[j]!.text === ',') return true;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  }
  return false;
}
const MAX_APPOSITIVE = 8;

/** Participles that make "as … by" a report: "as reported by", "as stated by the ministry". */
const AS_BY = /^(?:reported|stated|noted|announced|claimed|said|explained|indicated|confirmed|written|quoted|cited|told|informed|posted|tweeted)$/iu;

/** How many tokens the cue at `i` spans: "according to" (2), "as reported by" (3); 0 if none starts there. */
function cueLength(tokens: View['tokens'], i: number, last: number): number {
  const word = (k: number) => tokens[k]?.text.toLowerCase();
  if (word(i) === 'according' && word(i + 1) === 'to') return 2;
  if (word(i) === 'as' && i + 2 <= last && AS_BY.test(tokens[i + 1]!.text) && word(i + 2) === 'by') return 3;
  return 0;
}
