/**
 * `npm run train [-- SPLIT_DIR]`: trains the cue tagger (averaged perceptron, tags O/B/I) on
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
import { CUE_TAGS, cueFeatures, type CueTag } from '../src/pipeline/attribution/cue-features.js';
import { firstAnnotatorFiles, parseBrat } from '../eval/attribution/brat.js';

const dir = process.argv[2] ?? '../shared/data/polnear/train';
const out = 'src/pipeline/attribution/cue-weights.json';
const vocabularyOut = 'src/pipeline/attribution/cue-vocabulary.json';
const EPOCHS = Number(process.env.EPOCHS ?? 4);

interface Sentence { feats: (prev: CueTag) => string[]; gold: CueTag }

function layout(text: string): Doc {
  let doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return { ...doc, ...splitSentences(doc) };
}

const sentences: Sentence[][] = [];
// How often each word opens a gold cue, and how often it occurs at all: the tagger only scores
// words that open a cue in at least 2% of their occurrences (a speed gate, see cue-tagger.ts).
const opens = new Map<string, number>();
const seen = new Map<string, number>();
const VOCABULARY_SHARE = Number(process.env.SHARE ?? 0.02);
for (const [article, ann] of firstAnnotatorFiles(readdirSync(join(dir, 'attributions')))) {
  const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
  const doc = layout(text);
  const view = buildView(doc);
  const tags: CueTag[] = doc.tokens.map(() => 'O');
  for (const t of doc.tokens) seen.set(t.text.toLowerCase(), (seen.get(t.text.toLowerCase()) ?? 0) + 1);
  for (const r of parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), ann)) {
    let firstToken = true;
    for (const f of r.cue ?? []) {
      doc.tokens.forEach((t, i) => {
        if (t.start >= f.start && t.end <= f.end) {
          if (firstToken) opens.set(t.text.toLowerCase(), (opens.get(t.text.toLowerCase()) ?? 0) + 1);
          tags[i] = firstToken ? 'B' : 'I';
          firstToken = false;
        }
      });
    }
  }
  view.sentenceTokens.forEach(([first, last]) => {
    const s: Sentence[] = [];
    for (let i = first; i <= last; i++) {
      const q = quoteAround(view, doc.tokens[i]!.start) !== undefined;
      s.push({ feats: (prev) => cueFeatures(doc.tokens, i, first, last, q, prev), gold: tags[i]! });
    }
    if (s.length) sentences.push(s);
  });
}

// Averaged perceptron with lazy averaging (weights, running totals, last-update step).
const w = new Map<string, Float64Array>();
const total = new Map<string, Float64Array>();
const stamp = new Map<string, Float64Array>();
let step = 0;
const row = (m: Map<string, Float64Array>, f: string) => m.get(f) ?? m.set(f, new Float64Array(3)).get(f)!;
function update(f: string, k: number, delta: number) {
  const wr = row(w, f), tr = row(total, f), sr = row(stamp, f);
  tr[k]! += (step - sr[k]!) * wr[k]!;
  sr[k] = step;
  wr[k]! += delta;
}
function predict(feats: readonly string[]): number {
  const score = [0, 0, 0];
  for (const f of feats) { const r = w.get(f); if (r) for (let k = 0; k < 3; k++) score[k]! += r[k]!; }
  let best = 0;
  for (let k = 1; k < 3; k++) if (score[k]! > score[best]!) best = k;
  return best;
}
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let errors = 0;
  for (const s of sentences) {
    let prev: CueTag = 'O';
    for (const tok of s) {
      step++;
      const feats = tok.feats(prev);
      const guess = predict(feats);
      const gold = CUE_TAGS.indexOf(tok.gold);
      if (guess !== gold) {
        errors++;
        for (const f of feats) { update(f, gold, 1); update(f, guess, -1); }
      }
      prev = tok.gold; // teacher forcing
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors`);
}
const averaged: Record<string, number[]> = {};
for (const [f, wr] of w) {
  const tr = total.get(f)!, sr = stamp.get(f)!;
  const raw = [0, 1, 2].map((k) => (tr[k]! + (step - sr[k]!) * wr[k]!) / step);
  // features whose weights all stay under 1 barely move a decision: dropping them halves the file
  if (raw.some((x) => Math.abs(x) >= 1)) averaged[f] = raw.map((x) => Math.round(x * 10) / 10);
}
const keys = Object.keys(averaged).sort();
writeFileSync(out, '{\n' + keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(averaged[k])}`).join(',\n') + '\n}\n');
console.log(`${keys.length} features written to ${out}`);
const vocabulary = [...opens].filter(([w, n]) => n / (seen.get(w) ?? n) >= VOCABULARY_SHARE).map(([w]) => w).sort();
writeFileSync(vocabularyOut, JSON.stringify(vocabulary, null, 0).replace(/","/gu, '",\n"') + '\n');
console.log(`${vocabulary.length} cue-opening words written to ${vocabularyOut}`);
// then the role tagger (source and content around a cue); CUE_ONLY=1 skips it when trying cue features
if (!process.env.CUE_ONLY) await import('./train-roles.js');
