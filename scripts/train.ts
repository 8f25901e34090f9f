/**
 * `npm run train [-- SPLIT_DIR]`: trains the cue tagger (averaged structured perceptron, tags O/B/I, Viterbi) on
 * PolNeAR's train split (first annotator file per article) and writes
 * src/pipeline/attribution/cue-weights.json, then runs scripts/train-roles.ts (the role tagger).
 * Deterministic: fixed article order and epochs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc, type Doc } from '../src/model/doc.js';
import { findBlocks } from '../src/pipeline/find-blocks.js';
import { findDebris } from '../src/pipeline/find-debris.js';
import { splitSentences } from '../src/pipeline/split-sentences.js';
import { buildView, quoteAround } from '../src/pipeline/attribution/view.js';
import { cueFeatures, TRANSITION_ROWS } from '../src/pipeline/attribution/cue-features.js';
import { anyCue, cueLattice } from '../src/pipeline/attribution/cue-tagger.js';
import { trainStructuredPerceptron, type Sequence } from './structured-perceptron.js';
import { firstAnnotatorFiles, parseBrat } from '../eval/attribution/brat.js';

const dir = process.argv[2] ?? '../shared/data/polnear/train';
const out = 'src/pipeline/attribution/cue-weights.json';
const vocabularyOut = 'src/pipeline/attribution/cue-vocabulary.json';
const EPOCHS = Number(process.env.EPOCHS ?? 4);
const PRUNE = Number(process.env.PRUNE ?? 1);

function layout(text: string): Doc {
  let doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return { ...doc, ...splitSentences(doc) };
}

// Pass 1: gold tags per token, and how often each word opens a gold cue and occurs at all. The
// tagger only lets words open a cue that do so in at least SHARE of their occurrences (the lattice
// in cue-tagger.ts), so the openers must be known before the sentences are laid out for training.
const articles: { doc: Doc; view: ReturnType<typeof buildView>; gold: number[] }[] = [];
const opens = new Map<string, number>();
const seen = new Map<string, number>();
const VOCABULARY_SHARE = Number(process.env.SHARE ?? 0.02);
for (const [article, ann] of firstAnnotatorFiles(readdirSync(join(dir, 'attributions')))) {
  const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
  const doc = layout(text);
  const gold: number[] = doc.tokens.map(() => 0);
  for (const t of doc.tokens) seen.set(t.text.toLowerCase(), (seen.get(t.text.toLowerCase()) ?? 0) + 1);
  for (const r of parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), ann)) {
    let firstToken = true;
    for (const f of r.cue ?? []) {
      doc.tokens.forEach((t, i) => {
        if (t.start >= f.start && t.end <= f.end) {
          if (firstToken) opens.set(t.text.toLowerCase(), (opens.get(t.text.toLowerCase()) ?? 0) + 1);
          gold[i] = firstToken ? 1 : 2;
          firstToken = false;
        }
      });
    }
  }
  articles.push({ doc, view: buildView(doc), gold });
}
const vocabulary = [...opens].filter(([w, n]) => n / (seen.get(w) ?? n) >= VOCABULARY_SHARE).map(([w]) => w).sort();
const openers = new Set(vocabulary);

// Pass 2: each sentence's lattice, features interned, gold tags projected onto what the lattice allows.
const ids = new Map<string, number>();
const intern = (f: string) => ids.get(f) ?? ids.set(f, ids.size).get(f)!;
const sentences: Sequence[] = [];
for (const { doc, view, gold } of articles) {
  for (const [first, last] of view.sentenceTokens) {
    if (last < first) continue;
    const lattice = cueLattice(doc.tokens, first, last, (i) => quoteAround(view, doc.tokens[i]!.start) !== undefined, openers);
    if (!anyCue(lattice)) continue; // nothing can be a cue here: all O whatever the weights
    const g: number[] = [];
    for (let k = 0; k <= last - first; k++) {
      let tag = gold[first + k]!;
      if (tag === 2 && !(lattice.canContinue[k] && g[k - 1])) tag = 1;
      if (tag === 1 && !lattice.canOpen[k]) tag = 0;
      g.push(tag);
    }
    const feats = lattice.quoted.map((quoted, k) => (lattice.canOpen[k] || lattice.canContinue[k] ? Int32Array.from(cueFeatures(doc.tokens, first + k, first, last, quoted), intern) : undefined));
    const { canOpen, canContinue } = lattice;
    const restrict = (em: Float64Array) => {
      for (let k = 0; k < g.length; k++) {
        if (!canOpen[k]) em[k * 3 + 1] = -Infinity;
        if (!canContinue[k]) em[k * 3 + 2] = -Infinity;
      }
    };
    sentences.push({ feats, gold: g, restrict });
  }
}

// Averaged structured perceptron; after the feature weights come the transitions prev -> tag.
const N = 3;
const T = ids.size * N;
const averaged = trainStructuredPerceptron(sentences, ids.size, N, EPOCHS, 'sentences');
const avg = (k: number) => Math.round(averaged[k]! * 10) / 10;
const rows: string[] = [];
for (const [f, id] of ids) {
  const r = [0, 1, 2].map((k) => avg(id * N + k));
  // features whose weights all stay under PRUNE barely move a decision: dropping them shrinks the file
  if (r.some((x) => Math.abs(x) >= PRUNE)) rows.push(`${JSON.stringify(f)}:${JSON.stringify(r)}`);
}
TRANSITION_ROWS.forEach((name, p) => rows.push(`${JSON.stringify(name)}:${JSON.stringify([0, 1, 2].map((k) => avg(T + p * N + k)))}`));
rows.sort();
writeFileSync(out, '{\n' + rows.join(',\n') + '\n}\n');
console.log(`${rows.length} features written to ${out}`);
writeFileSync(vocabularyOut, JSON.stringify(vocabulary, null, 0).replace(/","/gu, '",\n"') + '\n');
console.log(`${vocabulary.length} cue-opening words written to ${vocabularyOut}`);
// then the role tagger (source and content around a cue); CUE_ONLY=1 skips it when trying cue features
if (!process.env.CUE_ONLY) await import('./train-roles.js');
