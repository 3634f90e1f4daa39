import { readInputs } from '../ingest/inputs.js';
import type { ReadOptions } from '../ingest/readers/reader.js';
import type { ArticleInput, Readout } from '../model/schema.js';
import { articleHash, type AnalysedArticle, type Store } from '../store/store.js';
import { AnalysisPool } from './analysis-pool.js';

export interface IngestOptions extends ReadOptions {
  /** Worker threads for analysis; 1 analyses on the main thread. */
  threads: number;
  /** Articles written per unit of work: a crash loses at most this many, which the next run redoes. */
  batchSize: number;
  /** The user's actor dictionary files (`--actors`), checked before. */
  actors?: readonly string[];
  /** The user's verb dictionary files (`--verbs`), checked before. */
  verbs?: readonly string[];
}

export interface IngestFailure {
  input: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  events: number;
  merged: number;
  quotes: number;
  failures: IngestFailure[];
  interrupted: boolean;
}

export interface IngestHooks {
  /** Called once per input article, whatever became of it. */
  onArticle?: (ok: boolean) => void;
  onFailure?: (failure: IngestFailure) => void;
  /** Polled between articles: true stops reading, and what is in flight is still written. */
  shouldStop?: () => boolean;
}

/**
 * Reads, analyses and stores every input. Analysis runs on worker threads; this thread is the
 * single writer and writes in input order, one batch at a time. An article already stored with
 * the same content is skipped before analysis, so re-running after a crash resumes.
 */
export async function ingestInputs(store: Store, paths: string[], options: IngestOptions, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, events: 0, merged: 0, quotes: 0, failures: [], interrupted: false };
  const pool = new AnalysisPool(options.threads, options.actors, options.verbs);
  const fail = (failure: IngestFailure) => {
    summary.failures.push(failure);
    hooks.onFailure?.(failure);
    hooks.onArticle?.(false);
  };

  const batch: AnalysedArticle[] = [];
  const writeBatch = async () => {
    const written = batch.splice(0);
    for (const [i, result] of (await store.writeArticles(written)).entries()) {
      if (result.state === 'failed') {
        fail({ input: written[i].input.id, reason: result.reason });
        continue;
      }
      if (result.state === 'unchanged') summary.unchanged++;
      else {
        if (result.state === 'new') summary.added++;
        else summary.updated++;
        summary.events += result.events;
        summary.merged += result.merged;
        summary.quotes += result.quotes;
      }
      hooks.onArticle?.(true);
    }
  };

  const inFlight: { input: ArticleInput; hash: string; readout: Promise<Readout> }[] = [];
  const settleOldest = async () => {
    const { input, hash, readout } = inFlight.shift()!;
    try {
      batch.push({ input, hash, readout: await readout });
    } catch (err) {
      fail({ input: input.id, reason: `analysis failed: ${(err as Error).message}` });
    }
    if (batch.length >= options.batchSize) await writeBatch();
  };

  try {
    for await (const item of readInputs(paths, options)) {
      if (hooks.shouldStop?.()) {
        summary.interrupted = true;
        break;
      }
      if (!item.ok) {
        fail({ input: item.error.input, reason: item.error.reason });
        continue;
      }
      const hash = articleHash(item.article);
      if ((await store.articleState(item.article.id, hash)) === 'unchanged') {
        summary.unchanged++;
        hooks.onArticle?.(true);
        continue;
      }
      const readout = pool.readout(item.article);
      readout.catch(() => {}); // settled in order below; this only stops an early rejection from going unhandled
      inFlight.push({ input: item.article, hash, readout });
      // Enough queued to keep every worker busy while the oldest is written.
      while (inFlight.length >= pool.depth) await settleOldest();
    }
    while (inFlight.length) await settleOldest();
    await writeBatch();
  } finally {
    // A failed write (disk full, say) ends the run: let the workers finish what they hold first,
    // since a pool destroyed under running tasks throws their late answers at the process.
    await Promise.allSettled(inFlight.map((task) => task.readout));
    await pool.close();
  }
  return summary;
}
