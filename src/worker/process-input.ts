/**
 * What one job does: load its input, analyse every article in it and store them, in batches of
 * one transaction each. Storing is an upsert by article key, so running a job again (after a
 * crash or a retry) updates the same rows and never duplicates them.
 */
import { InputError } from '../errors.js';
import { loadInputs } from '../ingest/load-inputs.js';
import { analyseArticle } from '../store/analysed-article.js';
import type { Store } from '../store/db.js';
import { saveArticles, type AnalysedArticle } from '../store/save-articles.js';
import type { IngestJob } from './queue.js';

export interface JobOutcome {
  readonly stored: number;
  /** Problems with parts of the input (a broken feed item) that did not stop the rest. */
  readonly errors: readonly string[];
}

const BATCH = 50;
const MAX_ERRORS_KEPT = 20;

/** Processes one input; throws an InputError when nothing usable came out of it (a poisoned input). */
export async function processInput(store: Store, job: IngestJob): Promise<JobOutcome> {
  const errors: string[] = [];
  let stored = 0;
  let batch: AnalysedArticle[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    stored += (await saveArticles(store.db, batch)).length;
    batch = [];
  };
  for await (const article of loadInputs([job.input], { allowPrivate: job.allowPrivate ?? false, format: job.format ?? 'auto' })) {
    if (article instanceof InputError) {
      if (errors.length < MAX_ERRORS_KEPT) errors.push(article.message);
      continue;
    }
    if (article.duplicateOf) continue;
    const published = article.published ?? job.published;
    batch.push(analyseArticle(article, published));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (stored === 0 && errors.length > 0) throw new InputError(job.input, errors.map((e) => e.replace(/^cannot read [^:]+: /u, '')).join('; '));
  return { stored, errors };
}
