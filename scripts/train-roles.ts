/**
 * `npx tsx scripts/train-roles.ts [SPLIT_DIR]` (run by `npm run train`): trains the role tagger
 * (averaged structured perceptron, Viterbi over O/SB/SI/CB/CI) on PolNeAR's train split, one
 * instance per gold cue, the cue's sentence as the sequence. Writes
 * src/pipeline/attribution/role-weights.json. Deterministic: sorted articles, fixed epochs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc, type Doc } from '../src/model/doc.js';
import { findBlocks } from '../src/pipeline/find-blocks.js';
import { findDebris } from '../src/pipeline/find-debris.js';
import { splitSentences } from '../src/pipeline/split-sentences.js';
import { buildView, quoteAround } from '../src/pipeline/attribution/view.js';
import { flatFeatures, ROLE_TAGS, roleFeatures, roleWindow } from '../src/pipeline/attribution/role-features.js';
import { allowed } from '../src/pipeline/attribution/bio-viterbi.js';
import { trainStructuredPerceptron } from './structured-perceptron.js';
import { firstAnnotatorFiles, parseBrat } from '../eval/attribution/brat.js';

const dir = process.argv[2] ?? '../shared/data/polnear/train';
const out = 'src/pipeline/attribution/role-weights.json';
const EPOCHS = Number(process.env.ROLE_EPOCHS ?? 6);
const LIMIT = Number(process.env.ROLE_LIMIT ?? Infinity);
/** Features seen fewer times than this are dropped: rare words would only memorise articles. */
const MIN_COUNT = Number(process.env.ROLE_MIN ?? 5);
const N = ROLE_TAGS.length;
const PRUNE = Number(process.env.ROLE_PRUNE ?? 1.5);

function layout(text: string): Doc {
  let doc = emptyDoc(text);
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  return { ...doc, ...splitSentences(doc) };
}

interface Instance { feats: string[][]; gold: number[] }
const instances: Instance[] = [];
const counts = new Map<string, number>();
const files = [...firstAnnotatorFiles(readdirSync(join(dir, 'attributions')))].sort((x, y) => (x[0] < y[0] ? -1 : 1)).slice(0, LIMIT);
for (const [article, ann] of files) {
  const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
  const doc = layout(text);
  const view = buildView(doc);
  const tokens = doc.tokens;
  const inside = (f: { start: number; end: number }) => tokens.flatMap((t, i) => (t.start >= f.start && t.end <= f.end ? [i] : []));
  for (const r of parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), ann)) {
    const cueTokens = (r.cue ?? []).flatMap(inside);
    if (cueTokens.length === 0) continue;
    const s = tokens[cueTokens[0]!]!.sentence;
    const [first, last] = view.sentenceTokens[s]!;
    const inSentence = cueTokens.filter((i) => i >= first && i <= last);
    const a = Math.min(...inSentence), b = Math.max(...inSentence);
    const [lo, hi] = roleWindow(first, last, a, b);
    const gold: number[] = new Array(hi - lo + 1).fill(0);
    const mark = (frags: readonly { start: number; end: number }[] | null, begin: number) => {
      for (const f of frags ?? []) {
        let opened = false;
        for (const i of inside(f)) {
          if (i < lo || i > hi || (i >= a && i <= b)) continue;
          gold[i - lo] = opened ? begin + 1 : begin;
          opened = true;
        }
      }
    };
    mark(r.source, 1);
    mark(r.content, 3);
    // an inside tag cut off from its begin (the cue interrupts the content) begins a new fragment
    for (let k = 0; k < gold.length; k++) if ((gold[k] === 2 || gold[k] === 4) && !allowed(k ? gold[k - 1]! : N, gold[k]!)) gold[k] = gold[k]! - 1;
    const inQuote: boolean[] = [];
    for (let i = lo; i <= hi; i++) inQuote.push(quoteAround(view, tokens[i]!.start) !== undefined);
    const feats = flatFeatures(roleFeatures(tokens, lo, hi, a, b, inQuote, first, last));
    for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    instances.push({ feats, gold });
  }
}
console.log(`${instances.length} cue instances from ${files.length} articles`);

// interned features: ids per token, weights/totals/stamps per (feature, tag)
const ids = new Map<string, number>();
for (const [f, n] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (n >= MIN_COUNT) ids.set(f, ids.size);
const seqs = instances.map((x) => ({ gold: x.gold, feats: x.feats.map((fs) => Int32Array.from(fs.flatMap((f) => (ids.has(f) ? [ids.get(f)!] : [])))) }));
const T = ids.size * N; // after the feature weights come the transitions prev -> tag
const averaged = trainStructuredPerceptron(seqs, ids.size, N, EPOCHS);
const avg = (k: number) => averaged[k]!;
const rows: string[] = [];
for (const [f, id] of ids) {
  const r = Array.from({ length: N }, (_, k) => Math.round(avg(id * N + k) * 10) / 10);
  // features whose weights all stay under 0.5 barely move a decision
  if (r.some((x) => Math.abs(x) >= PRUNE)) rows.push(`${JSON.stringify(f)}:${JSON.stringify(r)}`);
}
for (let p = 0; p <= N; p++) for (let t = 0; t < N; t++) rows.push(`${JSON.stringify(`T${p}>${t}`)}:[${Math.round(avg(T + p * N + t) * 10) / 10}]`);
rows.sort();
writeFileSync(out, '{\n' + rows.join(',\n') + '\n}\n');
console.log(`${rows.length} features written to ${out}`);
