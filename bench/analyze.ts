/**
 * `npm run bench -- analyze`: the time of `analyze()` over a corpus against bare wink-nlp
 * tokenisation (readDoc + tokens, no pipes) of the same texts, measured in the same run, rounds
 * interleaved so machine load hits both sides alike. Goal: analyze within 3x of the baseline.
 * Peak memory of each side is measured in its own child process (maxRSS is per process).
 *
 * Both sides run as users run them: `analyze` from the built library (dist/, which `npm run bench`
 * builds first), not from sources transformed on the fly, whose helpers (tsx keeps every
 * function's name with a wrapper call) cost about a fifth of the time.
 *
 * Corpus: the PolNeAR train texts (read at run time, never copied) plus the seed article.
 * CLAIMTRAIL_BENCH_DOCS=N limits the corpus to its first N texts; CLAIMTRAIL_BENCH_ROUNDS sets rounds.
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../dist/src/analyze.js';
import type { Doc } from '../dist/src/model/doc.js';
import { findBlocks } from '../dist/src/pipeline/find-blocks.js';
import { findDebris } from '../dist/src/pipeline/find-debris.js';
import { splitSentences } from '../dist/src/pipeline/split-sentences.js';
import { findEntities } from '../dist/src/pipeline/find-entities.js';
import { resolveDates } from '../dist/src/pipeline/resolve-dates.js';
import { markStatus } from '../dist/src/pipeline/mark-status.js';
import { attributeClaims } from '../dist/src/pipeline/attribute-claims.js';
import { extractQuantities } from '../dist/src/pipeline/extract-quantities.js';
import { flagFraming } from '../dist/src/pipeline/flag-framing.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const POLNEAR = `${SHARED}data/polnear/train/text`;
const SEED = `${SHARED}seed/kursk-casualties.txt`;
const GOAL_RATIO = 3;

type Side = 'baseline' | 'analyze';

export function loadCorpus(): string[] {
  const limit = Number(process.env.CLAIMTRAIL_BENCH_DOCS ?? Infinity);
  const texts: string[] = existsSync(SEED) ? [readFileSync(SEED, 'utf8')] : [];
  if (existsSync(POLNEAR)) {
    for (const name of readdirSync(POLNEAR).sort()) {
      if (texts.length >= limit) break;
      texts.push(readFileSync(`${POLNEAR}/${name}`, 'utf8'));
    }
  }
  if (texts.length === 0) throw new Error(`bench analyze: no corpus found at ${POLNEAR} or ${SEED}`);
  return texts;
}

/**
 * The floor of the stack analyze() is built on: wink with the sentence and POS pipes it uses, its
 * tokens' values, POS, types and lemmas read out, as src/nlp/wink.ts reads them. Timed after the
 * two sides' rounds, it shows how much of the goal the prescribed stack leaves to everything else.
 */
function makeFloor(): (texts: readonly string[]) => number {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (texts) =>
    texts.reduce((n, text) => {
      const doc = nlp.readDoc(text);
      for (const f of [its.value, its.pos, its.type, its.lemma]) doc.tokens().out(f as never);
      return n + doc.sentences().out(its.span).length;
    }, 0);
}

/** One pass of a side over the corpus; returns the wink token count so the work cannot be optimised away. */
function makeSide(side: Side): (texts: readonly string[]) => number {
  if (side === 'analyze') {
    return (texts) => texts.reduce((n, text) => n + analyze(text, { published: '2024-12-24' }).tokens.length, 0);
  }
  const nlp = winkNLP(model, []);
  return (texts) => texts.reduce((n, text) => n + (nlp.readDoc(text).tokens().out() as string[]).length, 0);
}

function timed(pass: () => number): { ms: number; tokens: number } {
  const t0 = performance.now();
  const tokens = pass();
  return { ms: performance.now() - t0, tokens };
}

/** The stages of src/analyze.ts, to say where the time goes (each is pure, so re-running it on the finished doc costs what it cost in the pipeline). */
const STAGES: ReadonlyArray<[string, (doc: Doc) => unknown]> = [
  ['findBlocks', (d) => findBlocks(d)],
  ['findDebris', (d) => findDebris(d)],
  ['splitSentences', (d) => splitSentences(d)],
  ['findEntities', (d) => findEntities(d)],
  ['resolveDates', (d) => resolveDates(d, { published: '2024-12-24' })],
  ['markStatus', (d) => markStatus(d)],
  ['attributeClaims', (d) => attributeClaims(d)],
  ['extractQuantities', (d) => extractQuantities(d, { published: '2024-12-24' })],
  ['flagFraming', (d) => flagFraming(d)],
];

function stageBreakdown(texts: readonly string[]): string {
  const docs = texts.map((t) => analyze(t, { published: '2024-12-24' }));
  const ms = STAGES.map(([name, stage]) => {
    const t0 = performance.now();
    for (const doc of docs) stage(doc);
    return [name, performance.now() - t0] as const;
  });
  const total = ms.reduce((n, [, t]) => n + t, 0);
  return ms.map(([name, t]) => `${name} ${t.toFixed(0)} ms (${((100 * t) / total).toFixed(0)}%)`).join(', ');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Child mode: one warm-up and one measured pass of one side, peak heap sampled per document. */
async function measureMemory(side: Side): Promise<void> {
  const texts = loadCorpus();
  const pass = makeSide(side);
  let peakHeap = 0;
  pass(texts.slice(0, 5));
  for (const text of texts) {
    pass([text]);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  process.send?.({ maxRssKb: process.resourceUsage().maxRSS, peakHeap });
}

function memoryOf(side: Side): Promise<{ maxRssKb: number; peakHeap: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--memory-of', side], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.once('message', (m) => resolve(m as { maxRssKb: number; peakHeap: number }));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench analyze: memory child for ${side} exited with ${code}`)));
  });
}

export async function run(): Promise<void> {
  const texts = loadCorpus();
  const rounds = Number(process.env.CLAIMTRAIL_BENCH_ROUNDS ?? 5);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const baseline = makeSide('baseline');
  const analyzeAll = makeSide('analyze');
  const floor = makeFloor();
  // Warm-up: JIT, wink model load, lazily built matchers.
  baseline(texts.slice(0, 20));
  analyzeAll(texts.slice(0, 20));
  floor(texts.slice(0, 20));
  const base: number[] = [];
  const ours: number[] = [];
  const floors: number[] = [];
  let tokens = 0;
  for (let r = 0; r < rounds; r++) {
    const b = timed(() => baseline(texts));
    const a = timed(() => analyzeAll(texts));
    base.push(b.ms);
    ours.push(a.ms);
    tokens = b.tokens;
  }
  // after the rounds, so that its garbage does not land in theirs
  for (let r = 0; r < rounds; r++) floors.push(timed(() => floor(texts)).ms);
  const ratio = median(ours) / median(base);
  console.log(`corpus: ${texts.length} texts, ${(chars / 1e6).toFixed(2)} M chars, ${tokens} wink tokens; ${rounds} rounds, median`);
  console.log(`wink readDoc+tokens: ${median(base).toFixed(0)} ms  (${Math.round(tokens / (median(base) / 1000))} tokens/s)`);
  console.log(`analyze():           ${median(ours).toFixed(0)} ms  (${Math.round(tokens / (median(ours) / 1000))} tokens/s)`);
  console.log(`ratio analyze/wink:  ${ratio.toFixed(2)}x  (goal <= ${GOAL_RATIO}x: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'})`);
  console.log(`floor of the stack:  ${(median(floors) / median(base)).toFixed(2)}x  (wink with the sbd and pos pipes analyze() uses, its values, POS, types and lemmas read out: ${median(floors).toFixed(0)} ms)`);
  console.log(`time by stage (one pass): ${stageBreakdown(texts)}`);
  for (const side of ['baseline', 'analyze'] as const) {
    const m = await memoryOf(side);
    console.log(`peak memory ${side.padEnd(8)}: RSS ${mb(m.maxRssKb * 1024)}, heap ${mb(m.peakHeap)} (own process, one pass)`);
  }
}

const memoryFlag = process.argv.indexOf('--memory-of');
if (memoryFlag >= 0) await measureMemory(process.argv[memoryFlag + 1] as Side);
