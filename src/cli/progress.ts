/**
 * A progress bar for long ingest runs (files/s, articles/s) on standard error. It appears only
 * when both standard error and standard output are terminals (so piped or redirected output is
 * never mixed with bar redraws), never with --quiet, and only once a run has lasted a moment, so
 * a single article prints no bar at all. Report lines written while the bar is up go above it.
 */
import cliProgress from 'cli-progress';
import type { LoadProgress } from '../ingest/load-inputs.js';

export interface Progress {
  update(progress: LoadProgress): void;
  /** Writes a report line to standard output, above the bar when one is shown. */
  print(text: string): void;
  /** Writes a message line to standard error, above the bar when one is shown. */
  note(text: string): void;
  stop(): void;
}

const SHOW_AFTER_MS = 1000;
const FORMAT = ' {bar} {value}/{total} files | {articles} articles | {sourceRate} files/s {articleRate} articles/s | {errors} errors';

export function createProgress(options: { quiet: boolean }): Progress {
  const enabled = !options.quiet && Boolean(process.stderr.isTTY) && Boolean(process.stdout.isTTY);
  const started = Date.now();
  let multi: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const rate = (count: number) => (count / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  return {
    update(progress) {
      if (!enabled) return;
      if (!bar && Date.now() - started < SHOW_AFTER_MS) return;
      const payload = { articles: progress.articles, errors: progress.errors, sourceRate: rate(progress.sources), articleRate: rate(progress.articles) };
      if (!bar) {
        multi = new cliProgress.MultiBar({ format: FORMAT, barsize: 10, stream: process.stderr, hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
        bar = multi.create(Math.max(progress.totalSources, 1), progress.sources, payload);
        return;
      }
      bar.setTotal(Math.max(progress.totalSources, 1));
      bar.update(progress.sources, payload);
    },
    print(text) {
      // Both streams are the same terminal when the bar is up, so the bar's log keeps lines above it.
      if (multi) multi.log(text.endsWith('\n') ? text : text + '\n');
      else process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
    note(text) {
      if (multi) multi.log(text + '\n');
      else process.stderr.write(text + '\n');
    },
    stop() {
      multi?.stop();
    },
  };
}
