/**
 * The ingest loop of `claimtrail ingest` (load, analyse, store in batches of one transaction),
 * printing `stored <input>` for each article once its batch has committed: the crash test kills
 * this process at random points and checks every reported article survived.
 * Usage: node --import tsx test/crash/ingest-driver.ts TARGET BATCH INPUT...
 */
import { InputError } from '../../src/errors.js';
import { loadInputs } from '../../src/ingest/load-inputs.js';
import { analyseArticle } from '../../src/store/analysed-article.js';
import { openStore } from '../../src/store/db.js';
import { saveArticles, type AnalysedArticle } from '../../src/store/save-articles.js';

const [target, batchArg, ...inputs] = process.argv.slice(2);
const size = Number(batchArg);
const store = await openStore(target!);
let batch: AnalysedArticle[] = [];
const flush = async () => {
  if (batch.length === 0) return;
  const saved = await saveArticles(store.db, batch);
  process.stdout.write(saved.map((s) => `stored ${s.input}\n`).join(''));
  batch = [];
};
for await (const article of loadInputs(inputs)) {
  if (article instanceof InputError) throw article;
  batch.push(analyseArticle(article));
  if (batch.length >= size) await flush();
}
await flush();
await store.close();
process.stdout.write('done\n');
