import type { Doc, Framing } from '../model/doc.js';
import { overlaps } from '../model/span.js';
import { framingLexicon } from '../lexicons/framing.js';
import { escapeRegExp } from './quantities/word-pattern.js';

const escape = (s: string) => escapeRegExp(s).replace(/['’]/gu, "['’]").replace(/[ -]/gu, '[ -]');

// One alternation built at load, longest form first so "puppet government" wins over "puppets".
const FORMS = framingLexicon
  .flatMap((entry) => entry.forms.map((form) => ({ form: form.toLowerCase(), entry })))
  .sort((a, b) => b.form.length - a.form.length);
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${FORMS.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const ENTRY_OF = new Map<string, (typeof FORMS)[number]['entry']>(FORMS.map((f) => [f.form.replace(/’/gu, "'").replace(/-/gu, ' '), f.entry]));

/** Loaded terms from the reviewed lexicon, each with a neutral alternative and the reason. Debris is skipped. */
export function flagFraming(doc: Doc): Framing[] {
  const found: Framing[] = [];
  for (const match of doc.text.matchAll(PATTERN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (doc.debris.some((d) => overlaps(d, span))) continue;
    const entry = ENTRY_OF.get(match[0].toLowerCase().replace(/’/gu, "'").replace(/-/gu, ' '));
    if (!entry) continue;
    found.push({ ...span, term: match[0], neutral: entry.neutral, reason: entry.reason, rule: `framing/${entry.id}` });
  }
  return found;
}
