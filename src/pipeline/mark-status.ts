/**
 * Hedges and evidential markers ("preliminary", "reportedly", "could not be independently
 * verified"): a word list in, positioned findings out, like retext-intensify. Debris is skipped.
 */
import { hedgeLexicon, type HedgeEntry } from '../lexicons/hedges.js';
import type { Doc, StatusMarker } from '../model/doc.js';
import { wordAlternation } from './quantities/word-pattern.js';

const BY_FORM = new Map<string, HedgeEntry>();
for (const entry of hedgeLexicon as readonly HedgeEntry[]) for (const form of [...entry.forms, ...(entry.negated?.forms ?? [])]) if (!BY_FORM.has(form)) BY_FORM.set(form, entry);
/**
 * A negation before a marker, with only auxiliaries and a few adverbs between: "could not be
 * verified", "has not yet been independently confirmed", "was unable to immediately confirm",
 * "declined to confirm". Read over the 80 characters before the marker.
 */
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bcannot|\b(?:unable|yet|failed|declined|refused)\s+to)(?:\s+(?:be|been|being|to|able|yet|immediately|independently|officially|fully|so|far|publicly))*\s+$/iu;
const HEDGE = new RegExp(`\\b${wordAlternation([...BY_FORM.keys()])}\\b`, 'giu');

/** @example markStatus(doc of 'According to preliminary data, ...') → [{ status: 'preliminary', rule: 'status/preliminary' }] */
export function markStatus(doc: Doc): StatusMarker[] {
  const markers: StatusMarker[] = [];
  for (const sentence of doc.sentences) {
    const slice = doc.text.slice(sentence.start, sentence.end);
    HEDGE.lastIndex = 0;
    for (let m = HEDGE.exec(slice); m; m = HEDGE.exec(slice)) {
      const form = m[0].toLowerCase().replace(/\s+/gu, ' ');
      const entry = BY_FORM.get(form);
      if (!entry || entry.notBefore?.some((words) => startsWithWords(slice, m!.index + m![0].length, words))) continue;
      const negated = entry.negated && NEGATED.test(slice.slice(Math.max(0, m.index - 80), m.index));
      if (!negated && !entry.forms.includes(form)) continue;
      const status = negated ? entry.negated!.status : entry.status;
      markers.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, status, rule: `status/${negated ? `not-${entry.id}` : entry.id}` });
    }
  }
  return markers;
}

/** Whether `words` follow position `at` of `text`, after white space, as whole words; "#" is a number. */
function startsWithWords(text: string, at: number, words: string): boolean {
  const rest = text.slice(at, at + words.length + 24).replace(/\s+/gu, ' ').toLowerCase().replace(/^ \d[\d,.]*(?= )/u, ' #');
  return rest.startsWith(` ${words}`) && !/[\p{L}\p{N}]/u.test(rest.charAt(words.length + 1));
}
