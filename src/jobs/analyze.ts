import { readInputs } from '../ingest/inputs.js';
import type { ReadOptions } from '../ingest/readers/reader.js';
import { AnalysisPool } from './analysis-pool.js';
import type { Presentation } from './analyze-worker.js';

export type Analysed<T> = { ok: true; value: T } | { ok: false; input: string; reason: string };

/**
 * Reads, analyses and prints every input, yielding the results in input order. Analysis runs on
 * `threads` worker threads (on this thread when 1). A bad input, or an article a stage fails on,
 * becomes a failure naming it and the rest go on.
 */
export async function* analyzeInputs(paths: string[], options: ReadOptions & { threads: number; actors?: readonly string[]; verbs?: readonly string[] }, presentation: Presentation): AsyncGenerator<Analysed<string>> {
  const pool = new AnalysisPool(options.threads, options.actors, options.verbs);
  const inFlight: Promise<Analysed<string>>[] = [];
  try {
    for await (const item of readInputs(paths, options)) {
      if (!item.ok) {
        inFlight.push(Promise.resolve({ ok: false, input: item.error.input, reason: item.error.reason }));
      } else {
        const { id } = item.article;
        inFlight.push(
          pool.render(item.article, presentation).then(
            (value) => ({ ok: true, value }),
            // A defect in a stage must not take the batch down: report it against this article and go on.
            (err: unknown) => ({ ok: false, input: id, reason: `analysis failed: ${(err as Error).stack ?? err}` }),
          ),
        );
      }
      while (inFlight.length >= pool.depth) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}
