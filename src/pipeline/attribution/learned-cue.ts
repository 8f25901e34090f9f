/**
 * Cues found by the learned tagger (see cue-tagger.ts), with source and content placed by the
 * same rules as lexicon cues. Catches the long tail of cues: "criticized", "called for", "is expected".
 */
import { cueGerunds } from '../../lexicons/cues.js';
import { tagCues } from './cue-tagger.js';
import { attachRoles } from './reporting-verb.js';
import { followsComma, type Proposal, type View } from './view.js';

/** Words that open a participle's clause: "by remembering", "while saying", "after seeking". */
const SUBORDINATOR = /^(?:by|while|after|before|since|without|when|in)$/iu;

/** The words between a verb cue and its noun that make them one cue: a preposition and a determiner ("said in a statement", "told in an interview"). */
const PREPOSITION = /^(?:in|on|during)$/iu;
const DETERMINER = /^(?:a|an|the|his|her|its|their)$/iu;

/**
 * The tagger cannot carry a cue through a determiner (it tags them O), so "said in a statement"
 * comes out as two cues, "said in" and "statement". They are one: PolNeAR marks the whole phrase
 * (46 times on train, against 22 for the verb alone), and never the noun alone (no cue starts at
 * it in the 268 such phrases on train).
 */
function joinNounCues(tokens: View['tokens'], spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && span[0] === span[1] && tokens[span[0]]!.pos === 'NOUN' && span[0] - prev[1] >= 2 && span[0] - prev[1] <= 3) {
      const gap = tokens.slice(prev[1] + 1, span[0]);
      const between = tokens.slice(prev[0], span[0]);
      if (gap.every((t) => PREPOSITION.test(t.text) || DETERMINER.test(t.text)) && gap.some((t) => DETERMINER.test(t.text)) && between.some((t) => t.pos === 'VERB') && between.some((t) => PREPOSITION.test(t.text))) {
        out[out.length - 1] = [prev[0], span[1]];
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

export function learnedCue(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  const out: Proposal[] = [];
  for (const [a, b] of joinNounCues(tokens, tagCues(view, first, last))) {
    let head = b;
    while (head > a && tokens[head]!.pos !== 'VERB') head--;
    const t = tokens[head]!;
    // ", saying …", "by remembering …", "while discussing …": a participle takes the clause's subject
    const gerund = (cueGerunds.has(t.text.toLowerCase()) || /ing$/u.test(t.text)) && a > first && (followsComma(view.text, tokens[a]!.start) || SUBORDINATOR.test(tokens[a - 1]!.text));
    const p = attachRoles(view, first, last, a, b, t.pos === 'VERB' ? t.lemma.toLowerCase() : null, gerund, true);
    if (p) out.push({ ...p, rule: 'attribution/learned-cue' });
  }
  return out;
}
