/**
 * Cues found by the learned tagger (see cue-tagger.ts), with source and content placed by the
 * same rules as lexicon cues. Catches the long tail of cues: "criticized", "called for", "is expected".
 */
import { cueGerunds } from '../../lexicons/cues.js';
import { tagCues } from './cue-tagger.js';
import { attachRoles } from './reporting-verb.js';
import type { Proposal, View } from './view.js';

export function learnedCue(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (const [a, b] of tagCues(view, first, last)) {
    let head = b;
    while (head > a && tokens[head]!.pos !== 'VERB') head--;
    const t = tokens[head]!;
    const gerund = (cueGerunds.has(t.text.toLowerCase()) || /ing$/u.test(t.text)) && a > first && tokens[a - 1]!.text === ',';
    const p = attachRoles(view, first, last, a, b, t.pos === 'VERB' ? t.lemma.toLowerCase() : null, gerund, true);
    if (p) out.push({ ...p, rule: 'attribution/learned-cue' });
  }
  return out;
}
