/**
 * `npm run bench -- ingest`: HTML ingest time (decode bytes, metadata, Readability over linkedom,
 * block text) against Readability alone (linkedom parse + `parse()`) on the same pages, rounds
 * interleaved so machine load hits both sides alike. Goal: ingest within 1.3x of Readability alone.
 *
 * Pages: news-page templates (head with meta tags, JSON-LD and inline scripts, navigation,
 * sidebars, comments, footer) around article bodies built at run time from the PolNeAR train
 * texts (never copied) or, without them, from generated sentences.
 * CLAIMTRAIL_BENCH_DOCS=N sets the page count (default 60); CLAIMTRAIL_BENCH_ROUNDS the rounds (default 5).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { articleFromHtml } from '../dist/src/ingest/read-html.js';
import { decodeBytes, declaredCharset } from '../dist/src/ingest/decode-bytes.js';

const POLNEAR = fileURLToPath(new URL('../../shared/data/polnear/train/text', import.meta.url));
const GOAL_RATIO = 1.3;

function bodies(count: number): string[] {
  if (existsSync(POLNEAR)) {
    return readdirSync(POLNEAR).sort().slice(0, count).map((name) => readFileSync(`${POLNEAR}/${name}`, 'utf8'));
  }
  const sentence = (i: number) => `The committee said on day ${i} that the figures were preliminary and would be revised, officials added.`;
  return Array.from({ length: count }, (_, d) => Array.from({ length: 25 }, (_, p) => [0, 1, 2, 3].map((s) => sentence(d * 100 + p * 4 + s)).join(' ')).join('\n\n'));
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function page(body: string, i: number): string {
  const paragraphs = body.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
  const title = escape(paragraphs[0]!.slice(0, 80));
  const nav = Array.from({ length: 60 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  const related = Array.from({ length: 15 }, (_, k) => `<li><a href="/story/${i}-${k}">Another story headline number ${k} about local affairs</a></li>`).join('');
  const comments = Array.from({ length: 10 }, (_, k) => `<div class="comment"><span class="author">reader${k}</span><p>I think this is comment number ${k} and it is not part of the story.</p></div>`).join('');
  const script = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 200 }, (_, k) => ({ id: k, label: `item ${k}` })) })};</script>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench Daily</title>
<meta property="og:site_name" content="Bench Daily"><meta property="og:title" content="${title}"><link rel="canonical" href="https://bench-daily.example/story/${i}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title.replace(/"/gu, '')}","datePublished":"2024-0${(i % 9) + 1}-1${i % 10}T08:00:00Z","author":{"@type":"Person","name":"Bench Writer"}}</script>
${script}<style>body{margin:0}.nav{display:flex}</style></head><body>
<header><a href="/" class="logo">Bench Daily</a><nav class="nav"><ul>${nav}</ul></nav></header>
<div class="ad advertisement"><p>Advertisement</p></div>
<main><article><h1>${title}</h1><p class="byline">By Bench Writer</p><time datetime="2024-01-01">1 January 2024</time>
${paragraphs.slice(1).map((p, k) => (k % 7 === 6 ? `<h2>${escape(p.slice(0, 50))}</h2>` : `<p>${escape(p)}</p>`)).join('\n')}
<p>Share this article</p></article></main>
<aside><h3>Most read</h3><ul>${related}</ul></aside><section class="comments">${comments}</section>
<footer><p>© 2024 Bench Daily</p></footer></body></html>`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const count = Number(process.env.CLAIMTRAIL_BENCH_DOCS ?? 60);
  const rounds = Number(process.env.CLAIMTRAIL_BENCH_ROUNDS ?? 5);
  const pages = bodies(count).map(page);
  const bytes = pages.map((p) => new TextEncoder().encode(p));
  const readabilityAlone = () => pages.reduce((n, html) => n + (new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent?.length ?? 0), 0);
  const ingest = () =>
    bytes.reduce((n, b, i) => {
      const { text } = decodeBytes(b, declaredCharset(b));
      return n + articleFromHtml(text, { input: `page${i}`, name: `page${i}` }).text.length;
    }, 0);
  readabilityAlone();
  ingest();
  const times = { readability: [] as number[], ingest: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const [side, pass] of round % 2 === 0 ? ([['readability', readabilityAlone], ['ingest', ingest]] as const) : ([['ingest', ingest], ['readability', readabilityAlone]] as const)) {
      const t0 = performance.now();
      pass();
      times[side].push(performance.now() - t0);
    }
  }
  const base = median(times.readability);
  const ours = median(times.ingest);
  const kb = bytes.reduce((n, b) => n + b.length, 0) / 1024;
  console.log(`pages: ${pages.length} (${kb.toFixed(0)} KB of HTML), rounds: ${rounds}, source: ${existsSync(POLNEAR) ? 'PolNeAR train texts in page templates' : 'generated text'}`);
  console.log(`Readability alone (linkedom + parse): ${base.toFixed(0)} ms (${((base / pages.length) * 1000).toFixed(0)} µs/page)`);
  console.log(`HTML ingest (decode + metadata + Readability + block text): ${ours.toFixed(0)} ms (${((ours / pages.length) * 1000).toFixed(0)} µs/page)`);
  console.log(`ratio: ${(ours / base).toFixed(2)}x (goal ≤ ${GOAL_RATIO}x) ${ours / base <= GOAL_RATIO ? 'OK' : 'OVER GOAL'}`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
