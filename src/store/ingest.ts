import { Piscina } from 'piscina';
import type { ArticleInput } from '../model/schema.js';
import { readInputs, type ReadOptions } from '../ingest/inputs.js';
import type { Store } from './open-store.js';
import analyzeInProcess from './analyze-worker.js';
import { articleHash, articleState, writeArticle, type StoredReadout } from './write-article.js';

export interface IngestOptions extends ReadOptions {
  /** Worker threads for analysis; 1 analyses on the main thread. */
  threads: number;
  /** Articles written per transaction: a crash loses at most this many, which the next run redoes. */
  batchSize: number;
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

interface Analysed {
  input: ArticleInput;
  hash: string;
  readout: StoredReadout;
}

/**
 * Reads, analyses and stores every input. Analysis runs on worker threads; the main thread is the
 * single writer and writes in input order, one transaction per batch. An article already stored
 * with the same content is skipped before analysis, so re-running after a crash resumes.
 */
export async function ingestInputs(db: Store, paths: string[], options: IngestOptions, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, events: 0, merged: 0, quotes: 0, failures: [], interrupted: false };
  const pool = options.threads > 1 ? new Piscina({ filename: new URL('./analyze-worker.js', import.meta.url).href, minThreads: options.threads, maxThreads: options.threads }) : null;
  const analyze = (input: ArticleInput): Promise<StoredReadout> => (pool ? pool.run(input) : Promise.resolve().then(() => analyzeInProcess(input)));
  const fail = (failure: IngestFailure) => {
    summary.failures.push(failure);
    hooks.onFailure?.(failure);
    hooks.onArticle?.(false);
  };

  const batch: Analysed[] = [];
  // Each article in its own savepoint: a write that fails is reported and the batch goes on.
  const writeOne = db.transaction(({ input, hash, readout }: Analysed) => writeArticle(db, input, readout, hash));
  const writeAll = db.transaction((items: Analysed[]) =>
    items.map((item) => {
      // The same article may come twice in one run: the second finds the first already stored.
      if (articleState(db, item.input.id, item.hash) === 'unchanged') return 'unchanged' as const;
      try {
        return writeOne(item);
      } catch (err) {
        return { input: item.input.id, reason: `could not be stored: ${(err as Error).message}` };
      }
    }),
  );
  const writeBatch = () => {
    for (const result of writeAll(batch)) {
      if (result === 'unchanged') summary.unchanged++;
      else if ('reason' in result) {
        fail(result);
        continue;
      } else {
        if (result.state === 'new') summary.added++;
        else summary.updated++;
        summary.events += result.events;
        summary.merged += result.merged;
        summary.quotes += result.quotes;
      }
      hooks.onArticle?.(true);
    }
    batch.length = 0;
  };

  const inFlight: { input: ArticleInput; hash: string; readout: Promise<StoredReadout> }[] = [];
  const settleOldest = async () => {
    const { input, hash, readout } = inFlight.shift()!;
    try {
      batch.push({ input, hash, readout: await readout });
    } catch (err) {
      fail({ input: input.id, reason: `analysis failed: ${(err as Error).message}` });
    }
    if (batch.length >= options.batchSize) writeBatch();
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
      if (articleState(db, item.article.id, hash) === 'unchanged') {
        summary.unchanged++;
        hooks.onArticle?.(true);
        continue;
      }
      const readout = analyze(item.article);
      readout.catch(() => {}); // settled in order below; this only stops an early rejection from going unhandled
      inFlight.push({ input: item.article, hash, readout });
      // Enough queued to keep every worker busy while the oldest is written.
      while (inFlight.length >= Math.max(2, options.threads * 4)) await settleOldest();
    }
    while (inFlight.length) await settleOldest();
    writeBatch();
  } finally {
    await pool?.destroy();
  }
  return summary;
}
